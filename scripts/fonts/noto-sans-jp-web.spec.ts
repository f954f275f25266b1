import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generate, OUTPUT, parseFontsource, WEB_FONT_FAMILY } from './noto-sans-jp-web';

describe('src/fonts/noto-sans-jp-web.css', () => {
	it('is up to date with @fontsource/noto-sans-jp (else: npx tsx scripts/fonts/noto-sans-jp-web.ts)', async () => {
		expect(readFileSync(OUTPUT, 'utf8')).toBe(await generate());
	}, 60_000); // prettier formats 230 KB of CSS

	it('declares only the web family, weights 400 and 700, WOFF2 files from the package', () => {
		const css = readFileSync(OUTPUT, 'utf8');
		const families = new Set([...css.matchAll(/font-family: '([^']+)'/g)].map((m) => m[1]));
		expect([...families]).toEqual([WEB_FONT_FAMILY]);
		const weights = new Set([...css.matchAll(/font-weight: (\d+)/g)].map((m) => m[1]));
		expect([...weights].sort()).toEqual(['400', '700']);
		const urls = [...css.matchAll(/url\('([^']+)'\)/g)].map((m) => m[1] ?? '');
		expect(urls.length).toBeGreaterThan(200);
		for (const url of urls)
			expect(url).toMatch(/^@fontsource\/noto-sans-jp\/files\/[\w-]+\.woff2$/);
		expect(css).not.toMatch(/https?:/);
		expect((css.match(/^\s*unicode-range:/gm) ?? []).length).toBe(urls.length);
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
