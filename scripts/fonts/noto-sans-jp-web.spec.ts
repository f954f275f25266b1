import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from '../../src/lib/i18n/index.ts';
import {
	CSS_FILE,
	fontFileName,
	generate,
	staleFiles,
	unicodeRange,
	WEB_FONT_FAMILY,
	wantedCharacters
} from './noto-sans-jp-web';

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

	it('declares only the web family, one WOFF2 file of ours per weight, 400 and 700', () => {
		const css = readFileSync(CSS_FILE, 'utf8');
		const families = new Set([...css.matchAll(/font-family: '([^']+)'/g)].map((m) => m[1]));
		expect([...families]).toEqual([WEB_FONT_FAMILY]);
		expect(declaredFaces(css).map((face) => face.weight)).toEqual([400, 700]);
		const urls = [...css.matchAll(/url\('([^']+)'\)/g)].map((m) => m[1]);
		expect(urls).toEqual([`./${fontFileName(400)}`, `./${fontFileName(700)}`]);
		expect(css).not.toMatch(/https?:/);
	});

	it('covers, in both weights, the kana of the texts and what Intl writes in dates, numbers and percentages', () => {
		const faces = declaredFaces(readFileSync(CSS_FILE, 'utf8'));
		const written = (['ja', 'en'] as const)
			.flatMap((locale) => [
				formatDate(new Date('2025-12-31T12:00:00Z'), locale),
				formatDate(new Date('2026-09-03T12:00:00Z'), locale),
				formatNumber(1234567.5, locale),
				formatPercent(-12.5, locale)
			])
			.join('');
		for (const weight of [400, 700]) {
			const ranges = faces.find((face) => face.weight === weight)?.ranges ?? [];
			for (const character of new Set(written.replace(/\s/g, '') + '診断カスタマーサクセス')) {
				const code = character.codePointAt(0)!;
				expect(
					ranges.some(([first, last]) => code >= first && code <= last),
					`${character} (U+${code.toString(16)}) at weight ${weight}`
				).toBe(true);
			}
		}
	});
});

describe('wantedCharacters', () => {
	it('adds printable ASCII, Latin-1 and punctuation, and drops control characters', () => {
		const wanted = wantedCharacters(new Set([0x09, 0x0a, 0x3042]));
		expect(wanted.has(0x3042)).toBe(true);
		expect(wanted.has(0x41)).toBe(true);
		expect(wanted.has(0xe9)).toBe(true);
		expect(wanted.has(0x2014)).toBe(true);
		expect(wanted.has(0x09) || wanted.has(0x0a) || wanted.has(0x7f)).toBe(false);
	});
});

describe('unicodeRange', () => {
	it('joins runs of consecutive code points and sorts them', () => {
		expect(unicodeRange([0x3046, 0x3042, 0x3043, 0x3044, 0x6f22])).toBe(
			'U+3042-3044, U+3046, U+6f22'
		);
		expect(unicodeRange([0x41])).toBe('U+41');
		expect(unicodeRange([])).toBe('');
	});
});
