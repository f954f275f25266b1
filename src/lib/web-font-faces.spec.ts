import { describe, expect, it } from 'vitest';
import { texts } from './i18n/sections/common';
import { forEnglishPages, PAGE_RANGES, SWITCH_CHARACTERS, unicodeRange } from './web-font-faces';

/** Whether a unicode-range value covers a code point. */
function covers(range: string, code: number): boolean {
	return range.split(',').some((part) => {
		const [first = '', last] = part.trim().replace(/^U\+/i, '').split('-');
		return code >= parseInt(first, 16) && code <= parseInt(last ?? first, 16);
	});
}

describe('unicodeRange', () => {
	it('joins runs of consecutive code points and sorts them', () => {
		expect(unicodeRange([0x3046, 0x3042, 0x3043, 0x3044, 0x6f22])).toBe(
			'U+3042-3044, U+3046, U+6f22'
		);
		expect(unicodeRange([0x41])).toBe('U+41');
		expect(unicodeRange([])).toBe('');
	});
});

describe('the web font’s two faces on the pages', () => {
	it('give an English page’s switch to Japanese and the symbols the small face', () => {
		expect(texts.en.languageSwitch).toBe('日本語');
		expect(SWITCH_CHARACTERS).toEqual([0x65e5, 0x672c, 0x8a9e]);
		expect(PAGE_RANGES.englishPages).toBe('U+100-2fff, U+65e5, U+672c, U+8a9e');
		expect([...'日本語▶†σ–'].every((c) => forEnglishPages(c.codePointAt(0)!))).toBe(true);
		expect([...'診断あア、'].some((c) => forEnglishPages(c.codePointAt(0)!))).toBe(false);
	});

	it('give the main face the kana, kanji and full-width forms but the switch’s characters', () => {
		expect(PAGE_RANGES.main).toBe('U+3000-65e4, U+65e6-672b, U+672d-8a9d, U+8a9f-10ffff');
		for (const code of [0x3000, 0x3042, 0x65e4, 0x65e6, 0x8a9f, 0xff08, 0x10ffff]) {
			expect(covers(PAGE_RANGES.main, code), code.toString(16)).toBe(true);
		}
		for (const code of [0x41, 0xe9, 0xff, 0x25b6, 0x2fff, ...SWITCH_CHARACTERS]) {
			expect(covers(PAGE_RANGES.main, code), code.toString(16)).toBe(false);
		}
	});

	it('leave ASCII and Latin-1 to the system fonts', () => {
		for (const code of [0x20, 0x41, 0xe9, 0xff]) {
			expect(covers(PAGE_RANGES.englishPages, code) || covers(PAGE_RANGES.main, code)).toBe(false);
		}
	});
});
