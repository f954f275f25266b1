/**
 * Writes the self-hosted Japanese web font: Noto Sans JP cut down to the characters this app can
 * show, in two files (src/fonts/noto-sans-jp-web-english.woff2 with what an English page may
 * need, src/fonts/noto-sans-jp-web.woff2 with the rest; why: src/lib/web-font-faces.ts), and
 * src/fonts/noto-sans-jp-web.css, their @font-face rules under the distinct family name 'Noto
 * Sans JP Web' (so that a visitor's installed 'Noto Sans JP' is never shadowed by it). The url()s
 * are relative, so Vite bundles the files into /_app/immutable/assets/ with hashed names: the font
 * comes from our own origin. Pages add the faces themselves (src/detect-japanese-font.js); the
 * stylesheet is for browsers without JavaScript (src/app.html).
 *
 *   npx tsx scripts/fonts/noto-sans-jp-web.ts          rewrite the files
 *   npx tsx scripts/fonts/noto-sans-jp-web.ts --check  exit 1 when a file is stale
 *
 * Why our own subset: every text a page shows comes from our own files (message catalogs,
 * components, question and benchmark files; answers are option ids; only the ids and paths quoted
 * from a rejected file are the user's, in the system font), some 700 characters in all. Google's
 * slicing of Noto Sans JP spreads them over 50 of its 120 unicode-range subsets: the start page
 * alone fetched 45 files (534 KB) and laid its text out again as each arrived. Our split is in
 * two: the kana and kanji in one file, arriving once; the few characters an English page needs
 * in a small one.
 *
 * Only what a system without a Japanese font lacks is in it: no ASCII or Latin-1 (the Latin fonts
 * after it in the stacks have those, and draw the digits Intl writes), and one weight. Bold text
 * is the regular face made bold by the browser. The main file leaves out the glyphs that only
 * OpenType substitutions reach (vertical forms, JIS78 and traditional variants, width variants):
 * the pages set Japanese horizontally with the default features, which draw none of them, and
 * they were a third of the file (every page, in both languages, looked the same to the pixel
 * without them). The small file keeps them: in English text the font's Latin-script features
 * draw punctuation such as … on the baseline. On a phone's slow connection (Lighthouse's
 * simulation) every kilobyte here delays the first paint of a Japanese page, which waits for the
 * font: the regular and bold files with Latin were 149 and 153 KB, these two are 80 and 4 KB.
 *
 * The source is the Noto Sans JP TTF of @expo-google-fonts/noto-sans-jp (SIL Open Font License
 * 1.1), the one the PDF report embeds. A unit test (noto-sans-jp-web.spec.ts) fails when the
 * files are out of date with the texts: after a text change that brings a new character, run the
 * script again.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Blob, Face } from 'harfbuzzjs';
import * as prettier from 'prettier';
import subsetFont from 'subset-font';
import { WEB_FONT_FAMILY } from '../../src/lib/font-stacks.ts';
import { FIRST_MISSING, forEnglishPages, unicodeRange } from '../../src/lib/web-font-faces.ts';

const SOURCE_PACKAGE = '@expo-google-fonts/noto-sans-jp';
const SOURCE_FILE = '400Regular/NotoSansJP_400Regular.ttf';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where every text a page shows is written. */
const TEXT_DIRS = ['src', 'questions'];
const TEXT_FILE = /\.(ts|svelte|yaml|html|css)$/;
/** Test inputs and the generated font files themselves are never shown. */
const NOT_SHOWN = /(\.spec\.ts$|[/\\]fixtures[/\\]|[/\\]fonts[/\\])/;
/** Always in the font: general punctuation (dashes, quotes, ellipsis; some are Intl's). */
const ALWAYS: [number, number][] = [[0x2010, 0x2044]];

export const OUTPUT_DIR = join(root, 'src/fonts');
export const CSS_FILE = join(OUTPUT_DIR, 'noto-sans-jp-web.css');
export const FONT_FILE = 'noto-sans-jp-web.woff2';
export const ENGLISH_PAGES_FONT_FILE = 'noto-sans-jp-web-english.woff2';

/** The code points of every character in the files a page's text comes from. */
export function displayedCharacters(base = root): Set<number> {
	const characters = new Set<number>();
	const visit = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			// Relative, so a checkout inside a folder named fonts/ or fixtures/ reads the same files.
			if (NOT_SHOWN.test(`/${relative(base, path)}`)) continue;
			if (entry.isDirectory()) visit(path);
			else if (TEXT_FILE.test(entry.name)) {
				for (const character of readFileSync(path, 'utf8')) {
					characters.add(character.codePointAt(0)!);
				}
			}
		}
	};
	for (const dir of TEXT_DIRS) visit(join(base, dir));
	return characters;
}

/** The characters to put in the font: those shown and the ALWAYS ranges, but not Latin-1. */
export function wantedCharacters(shown: Set<number>): Set<number> {
	const wanted = new Set([...shown].filter((code) => code >= FIRST_MISSING));
	for (const [first, last] of ALWAYS)
		for (let code = first; code <= last; code += 1) wanted.add(code);
	return wanted;
}

interface Face {
	file: string;
	codes: number[];
	/** Whether glyphs that only substitutions reach are kept (see above). */
	substitutes: boolean;
}

function renderCss(faces: Face[], version: string): string {
	const rules = faces.map(
		({ file, codes }) => `@font-face {
	font-family: '${WEB_FONT_FAMILY}';
	font-style: normal;
	font-weight: 400;
	font-display: swap;
	src: url('./${file}') format('woff2');
	unicode-range: ${unicodeRange(codes)};
}
`
	);
	return `/*
 * Generated by scripts/fonts/noto-sans-jp-web.ts from ${SOURCE_PACKAGE} ${version} — do not edit.
 * Noto Sans JP (SIL Open Font License 1.1), regular weight (bold is synthesized), cut down to
 * the characters of this app's texts beyond Latin-1, in two files: what an English page may
 * need (symbols, the switch to Japanese), and the rest. Each unicode-range lists exactly its
 * file's characters: a browser downloads a file only when the page shows one of them that no
 * font earlier in the font-family stack has. For browsers without JavaScript (src/app.html);
 * pages add the same files as faces of their own (src/detect-japanese-font.js, ranges from
 * src/lib/web-font-faces.ts).
 */
${rules.join('\n')}`;
}

export interface WebFont {
	css: string;
	/** File name (in OUTPUT_DIR) → WOFF2 bytes. */
	files: Map<string, Uint8Array>;
}

/** The files as they should be for the installed font and the current texts. */
export async function generate(): Promise<WebFont> {
	const require = createRequire(import.meta.url);
	const packageDir = dirname(require.resolve(`${SOURCE_PACKAGE}/package.json`));
	const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
		version: string;
	};
	const source = readFileSync(join(packageDir, SOURCE_FILE));
	const inFont = new Set(new Face(new Blob(source), 0).collectUnicodes());
	const codes = [...wantedCharacters(displayedCharacters())].filter((code) => inFont.has(code));
	const faces: Face[] = [
		{ file: ENGLISH_PAGES_FONT_FILE, codes: codes.filter(forEnglishPages), substitutes: true },
		{ file: FONT_FILE, codes: codes.filter((code) => !forEnglishPages(code)), substitutes: false }
	];
	const files = new Map<string, Uint8Array>();
	for (const { file, codes: faceCodes, substitutes } of faces) {
		const woff2 = await subsetFont(source, String.fromCodePoint(...faceCodes), {
			targetFormat: 'woff2',
			noLayoutClosure: !substitutes
		});
		files.set(file, new Uint8Array(woff2));
	}
	const options = (await prettier.resolveConfig(CSS_FILE)) ?? {};
	const css = await prettier.format(renderCss(faces, version), {
		...options,
		filepath: CSS_FILE
	});
	return { css, files };
}

function readOrEmpty(path: string): Uint8Array {
	try {
		return new Uint8Array(readFileSync(path));
	} catch {
		return new Uint8Array();
	}
}

/** The names of the files in OUTPUT_DIR that differ from `font`. */
export function staleFiles(font: WebFont): string[] {
	const expected = new Map<string, Uint8Array>([
		[CSS_FILE, new TextEncoder().encode(font.css)],
		...[...font.files].map(([name, bytes]) => [join(OUTPUT_DIR, name), bytes] as const)
	]);
	return [...expected]
		.filter(([path, bytes]) => !Buffer.from(readOrEmpty(path)).equals(Buffer.from(bytes)))
		.map(([path]) => relative(root, path));
}

async function main(): Promise<void> {
	const font = await generate();
	if (process.argv.includes('--check')) {
		const stale = staleFiles(font);
		if (stale.length > 0) {
			console.error(
				`out of date: ${stale.join(', ')}; run npx tsx scripts/fonts/noto-sans-jp-web.ts`
			);
			process.exit(1);
		}
		return;
	}
	writeFileSync(CSS_FILE, font.css);
	for (const [name, bytes] of font.files) writeFileSync(join(OUTPUT_DIR, name), bytes);
	const sizes = [...font.files].map(
		([name, bytes]) => `${name} ${(bytes.length / 1024).toFixed(1)} KB`
	);
	console.log(`wrote ${relative(root, CSS_FILE)}, ${sizes.join(', ')}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await main();
}
