/**
 * How the self-hosted 'Noto Sans JP Web' is split into two files by unicode-range. An English
 * page draws only a few characters with it: its switch to Japanese (日本語), and the odd symbol
 * that the Latin fonts may lack (▶, †, σ). A visitor without a Japanese font should not download
 * the whole font (about 80 KB) for those. So they have a small file of their own, and the kana
 * and kanji the main file. A Japanese page needs both; an English page that shows Japanese text
 * (the methodology quotes the surveys) gets the main file as well. The generator
 * (scripts/fonts/noto-sans-jp-web.ts) writes the files, and the pages' faces
 * (src/detect-japanese-font.js, given the ranges by src/hooks.server.ts) use these ranges. Its
 * imports are relative, so scripts can load it outside Vite.
 */
import { texts } from './i18n/sections/common';

/** Below this, every system font has the character (ASCII and Latin-1): not in the web font. */
export const FIRST_MISSING = 0x100;

/** CJK symbols and punctuation, kana, kanji and full-width forms start here. */
const CJK_START = 0x3000;

const LAST_CODE_POINT = 0x10ffff;

/** The Japanese characters of an English page's switch to Japanese, sorted. */
export const SWITCH_CHARACTERS: readonly number[] = [...new Set(texts.en.languageSwitch)]
	.map((character) => character.codePointAt(0)!)
	.filter((code) => code >= FIRST_MISSING)
	.sort((a, b) => a - b);

/** Whether a character of the web font goes into the English pages' small file. */
export function forEnglishPages(code: number): boolean {
	return code < CJK_START || SWITCH_CHARACTERS.includes(code);
}

/** Code points as a unicode-range, runs of consecutive ones joined: `U+20-7e, U+3042`. */
export function unicodeRange(codes: Iterable<number>): string {
	const runs: [number, number][] = [];
	for (const code of [...new Set(codes)].sort((a, b) => a - b)) {
		const run = runs.at(-1);
		if (run && code === run[1] + 1) run[1] = code;
		else runs.push([code, code]);
	}
	return runs.map(([first, last]) => rangeText(first, last)).join(', ');
}

function rangeText(first: number, last: number): string {
	const hex = (code: number) => code.toString(16);
	return first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`;
}

/** The code points from `first` to `last` without `excluded`, as a unicode-range. */
function rangeWithout(first: number, last: number, excluded: readonly number[]): string {
	const parts: string[] = [];
	let next = first;
	for (const code of [...excluded].sort((a, b) => a - b)) {
		if (code > next) parts.push(rangeText(next, code - 1));
		next = Math.max(next, code + 1);
	}
	if (next <= last) parts.push(rangeText(next, last));
	return parts.join(', ');
}

/**
 * The two faces' ranges for the pages: the blocks that each file's characters come from, short
 * enough for every page's HTML (the exact list of the main file's characters would add
 * kilobytes). A character that a file lacks falls through to the next font, as with any face.
 */
export const PAGE_RANGES = {
	englishPages: [rangeText(FIRST_MISSING, CJK_START - 1), unicodeRange(SWITCH_CHARACTERS)].join(
		', '
	),
	main: rangeWithout(CJK_START, LAST_CODE_POINT, SWITCH_CHARACTERS)
};
