import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from '../../src/lib/i18n/index.ts';
import {
	CSS_FILE,
	FONT_FILE,
	generate,
	staleFiles,
	ENGLISH_PAGES_FONT_FILE,
	wantedCharacters
} from './noto-sans-jp-web';
import { WEB_FONT_FAMILY } from '../../src/lib/font-stacks.ts';
import { forEnglishPages } from '../../src/lib/web-font-faces.ts';

/** The declared faces of the generated file: weight and [first, last] code point ranges. */
function declaredFaces(css: string) {
	return [...css.matchAll(/font-weight: (\d+);[^}]*unicode-range:([^;]+);/g)].map((match) => ({
		weight: Number(match[1]),
		ranges: (match[2] ?? '').split(',').map((part) => {
			const [first = '', last] = part.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(first, 16), parseInt(last ?? first, 16)] as const;
		})
	}));
}

describe('the web font (src/fonts/noto-sans-jp-web*)', () => {
	it('is up to date with the font and the app’s texts (else: npx tsx scripts/fonts/noto-sans-jp-web.ts)', async () => {
		expect(staleFiles(await generate())).toEqual([]);
	}, 60_000);

	it('declares only the web family, regular weight, in two WOFF2 files of ours: what an English page may need, and the rest', () => {
		const css = readFileSync(CSS_FILE, 'utf8');
		const families = new Set([...css.matchAll(/font-family: '([^']+)'/g)].map((m) => m[1]));
		expect([...families]).toEqual([WEB_FONT_FAMILY]);
		const faces = declaredFaces(css);
		expect(faces.map((face) => face.weight)).toEqual([400, 400]);
		const urls = [...css.matchAll(/url\('([^']+)'\)/g)].map((m) => m[1]);
		expect(urls).toEqual([`./${ENGLISH_PAGES_FONT_FILE}`, `./${FONT_FILE}`]);
		expect(css).not.toMatch(/https?:/);

		const codes = (face: (typeof faces)[number]) =>
			face.ranges.flatMap(([first, last]) =>
				Array.from({ length: last - first + 1 }, (_, index) => first + index)
			);
		const [englishPages, main] = faces.map(codes);
		// The switch to Japanese and the symbols (no kana or kanji) in the small file; no character
		// in both.
		expect(englishPages).toEqual(
			expect.arrayContaining([...'日本語▶'].map((c) => c.codePointAt(0)))
		);
		expect(englishPages!.every(forEnglishPages)).toBe(true);
		expect(main!.some(forEnglishPages)).toBe(false);
		expect(main).toEqual(expect.arrayContaining([...'診断あア'].map((c) => c.codePointAt(0))));
	});

	it('covers the kana of the texts and what Intl writes beyond Latin-1 in dates, numbers and percentages', () => {
		const faces = declaredFaces(readFileSync(CSS_FILE, 'utf8'));
		const written = (['ja', 'en'] as const)
			.flatMap((locale) => [
				formatDate(new Date('2025-12-31T12:00:00Z'), locale),
				formatDate(new Date('2026-09-03T12:00:00Z'), locale),
				formatNumber(1234567.5, locale),
				formatPercent(-12.5, locale)
			])
			.join('');
		const beyondLatin1 = [...new Set(written + '診断カスタマーサクセス')].filter(
			(character) => character.codePointAt(0)! >= 0x100
		);
		// Japanese dates bring 年, 月 and 日; a negative percentage may bring U+2212 (minus).
		expect(beyondLatin1).toEqual(expect.arrayContaining(['年', '月', '日']));
		for (const character of beyondLatin1) {
			const code = character.codePointAt(0)!;
			expect(
				faces.some((face) => face.ranges.some(([first, last]) => code >= first && code <= last)),
				`${character} (U+${code.toString(16)})`
			).toBe(true);
		}
	});
});

describe('wantedCharacters', () => {
	it('keeps what is beyond Latin-1, adds general punctuation', () => {
		const wanted = wantedCharacters(new Set([0x09, 0x0a, 0x41, 0xe9, 0x3042]));
		expect(wanted.has(0x3042)).toBe(true);
		expect(wanted.has(0x2014)).toBe(true);
		// Every system font has ASCII and Latin-1; control characters are never drawn.
		expect([0x09, 0x0a, 0x41, 0xe9].filter((code) => wanted.has(code))).toEqual([]);
	});
});
