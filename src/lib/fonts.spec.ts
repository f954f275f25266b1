import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ensureJapaneseFont, FONT_STACK, LOCAL_JAPANESE_FONTS, WEB_FONT_FAMILY } from './fonts';

const normalise = (stack: string) =>
	stack
		.split(',')
		.map((name) => name.trim().replace(/^['"]|['"]$/g, ''))
		.filter(Boolean);

describe('FONT_STACK', () => {
	it('is the stack of the pages (--font-sans in src/app.css)', () => {
		const css = readFileSync(new URL('../app.css', import.meta.url), 'utf8');
		const declared = /--font-sans:\s*([^;]+);/.exec(css)?.[1] ?? '';
		expect(normalise(FONT_STACK)).toEqual(normalise(declared));
	});

	it('puts the local Japanese fonts first and the web font after them, before the generics', () => {
		const names = normalise(FONT_STACK);
		expect(names.slice(0, LOCAL_JAPANESE_FONTS.length)).toEqual([...LOCAL_JAPANESE_FONTS]);
		expect(names[LOCAL_JAPANESE_FONTS.length]).toBe(WEB_FONT_FAMILY);
		expect(names.at(-1)).toBe('sans-serif');
		expect(FONT_STACK).toContain('"Noto Sans JP Web"');
		expect(FONT_STACK).not.toContain('"sans-serif"');
	});
});

describe('ensureJapaneseFont', () => {
	it('resolves to the stack where there is no document (server rendering)', async () => {
		await expect(ensureJapaneseFont('診断')).resolves.toBe(FONT_STACK);
	});
});
