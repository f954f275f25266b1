import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_STACKS, LOCAL_JAPANESE_FONTS, WEB_FONT_FAMILY } from './font-stacks';
import { fontFor } from './fonts';
import { locales } from './i18n';

const normalise = (stack: string) =>
	stack
		.split(',')
		.map((name) => name.trim().replace(/^['"]|['"]$/g, ''))
		.filter(Boolean);

const LATIN_UI = ['-apple-system', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial'];
const GENERIC = ['system-ui', 'sans-serif'];

describe('FONT_STACKS', () => {
	it.each(locales)('%s is the stack of the pages (--font-%s in src/app.css)', (locale) => {
		const css = readFileSync(new URL('../app.css', import.meta.url), 'utf8');
		const declared = new RegExp(`--font-${locale}:\\s*([^;]+);`).exec(css)?.[1] ?? '';
		expect(declared, `--font-${locale} in src/app.css`).not.toBe('');
		expect(normalise(FONT_STACKS[locale])).toEqual(normalise(declared));
	});

	it('sets English pages in the font of <html lang="en"> and Japanese pages in the other', () => {
		const css = readFileSync(new URL('../app.css', import.meta.url), 'utf8');
		expect(css).toMatch(/html\s*\{[^}]*font-family:\s*var\(--font-ja\)/);
		expect(css).toMatch(/html:lang\(en\)\s*\{[^}]*font-family:\s*var\(--font-en\)/);
	});

	it('Japanese: the local Japanese fonts, the web font, the Latin fonts, the generics last', () => {
		expect(normalise(FONT_STACKS.ja)).toEqual([
			...LOCAL_JAPANESE_FONTS,
			WEB_FONT_FAMILY,
			...LATIN_UI,
			...GENERIC
		]);
	});

	it('English: the Latin fonts, then the same Japanese fonts, the generics last', () => {
		expect(normalise(FONT_STACKS.en)).toEqual([
			...LATIN_UI,
			...LOCAL_JAPANESE_FONTS,
			WEB_FONT_FAMILY,
			...GENERIC
		]);
	});

	it.each(locales)('%s quotes family names but not the generic keywords', (locale) => {
		expect(FONT_STACKS[locale]).toContain('"Noto Sans JP Web"');
		expect(FONT_STACKS[locale]).not.toContain('"sans-serif"');
		expect(FONT_STACKS[locale]).not.toContain('"system-ui"');
	});
});

describe('fontFor', () => {
	it.each(locales)(
		'resolves to the %s stack where there is no document (server)',
		async (locale) => {
			await expect(fontFor('診断', locale)).resolves.toBe(FONT_STACKS[locale]);
		}
	);
});
