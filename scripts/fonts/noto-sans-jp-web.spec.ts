import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from '../../src/lib/i18n/index.ts';
import {
	generate,
	narrowRange,
	OUTPUT,
	parseFontsource,
	WEB_FONT_FAMILY
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

describe('src/fonts/noto-sans-jp-web.css', () => {
	it('is up to date with @fontsource/noto-sans-jp and the app’s texts (else: npx tsx scripts/fonts/noto-sans-jp-web.ts)', async () => {
		expect(readFileSync(OUTPUT, 'utf8')).toBe(await generate());
	}, 60_000);

	it('declares only the web family, weights 400 and 700, WOFF2 files from the package', () => {
		const css = readFileSync(OUTPUT, 'utf8');
		const families = new Set([...css.matchAll(/font-family: '([^']+)'/g)].map((m) => m[1]));
		expect([...families]).toEqual([WEB_FONT_FAMILY]);
		const weights = new Set([...css.matchAll(/font-weight: (\d+)/g)].map((m) => m[1]));
		expect([...weights].sort()).toEqual(['400', '700']);
		const urls = [...css.matchAll(/url\('([^']+)'\)/g)].map((m) => m[1] ?? '');
		// Latin and Latin-ext whole, and the Japanese subsets that have a character of ours.
		expect(urls.length).toBeGreaterThan(20);
		for (const url of urls)
			expect(url).toMatch(/^@fontsource\/noto-sans-jp\/files\/[\w-]+\.woff2$/);
		expect(css).not.toMatch(/https?:/);
		expect((css.match(/^\s*unicode-range:/gm) ?? []).length).toBe(urls.length);
	});

	it('covers, in both weights, what Intl writes in dates, numbers and percentages', () => {
		const faces = declaredFaces(readFileSync(OUTPUT, 'utf8'));
		const written = (['ja', 'en'] as const)
			.flatMap((locale) => [
				formatDate(new Date('2025-12-31T12:00:00Z'), locale),
				formatDate(new Date('2026-09-03T12:00:00Z'), locale),
				formatNumber(1234567.5, locale),
				formatPercent(-12.5, locale)
			])
			.join('');
		for (const weight of [400, 700]) {
			const ranges = faces.filter((face) => face.weight === weight).flatMap((face) => face.ranges);
			for (const character of new Set(written.replace(/\s/g, ''))) {
				const code = character.codePointAt(0)!;
				expect(
					ranges.some(([first, last]) => code >= first && code <= last),
					`${character} (U+${code.toString(16)}) at weight ${weight}`
				).toBe(true);
			}
		}
	});
});

describe('narrowRange', () => {
	const characters = new Set([...'あいう漢'].map((character) => character.codePointAt(0)!));

	it('keeps only the characters shown, joining consecutive ones', () => {
		expect(narrowRange('U+3040-309F, U+4E00', characters)).toBe('U+3042, U+3044, U+3046');
		expect(narrowRange('U+3041-3045,U+6f22', characters)).toBe('U+3042, U+3044, U+6f22');
		expect(narrowRange('U+3042-3046', new Set([0x3042, 0x3043, 0x3044, 0x3046]))).toBe(
			'U+3042-3044, U+3046'
		);
	});

	it('drops a subset that has none of them', () => {
		expect(narrowRange('U+0400-045F', characters)).toBeUndefined();
	});
});

describe('parseFontsource', () => {
	it('keeps the woff2 file, the weight and the unicode-range, and skips unused subsets', () => {
		const css = `
/* noto-sans-jp-[7]-400-normal */
@font-face {
  font-family: 'Noto Sans JP';
  font-weight: 400;
  src: url(./files/noto-sans-jp-7-400-normal.woff2) format('woff2'), url(./files/noto-sans-jp-7-400-normal.woff) format('woff');
  unicode-range: U+3000-303F,U+FF01;
}
@font-face {
  font-family: 'Noto Sans JP';
  font-weight: 400;
  src: url(./files/noto-sans-jp-cyrillic-400-normal.woff2) format('woff2');
  unicode-range: U+0400-045F;
}`;
		expect(parseFontsource(css)).toEqual([
			{ name: 'noto-sans-jp-7-400-normal', weight: 400, unicodeRange: 'U+3000-303F,U+FF01' }
		]);
	});

	it('refuses a rule it cannot read rather than dropping it', () => {
		expect(() => parseFontsource('@font-face { font-weight: 400; }')).toThrow(/woff2/);
	});
});
