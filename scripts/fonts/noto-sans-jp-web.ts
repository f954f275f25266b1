/**
 * Writes src/fonts/noto-sans-jp-web.css: the @font-face rules of the self-hosted Noto Sans JP,
 * taken from @fontsource/noto-sans-jp (weights 400 and 700, its unicode-range subsets, WOFF2
 * only) under the distinct family name 'Noto Sans JP Web', so that a visitor's installed
 * 'Noto Sans JP' is never shadowed by it. The url()s name the package's files, so Vite bundles
 * them into /_app/immutable/assets/ with hashed names: the fonts come from our own origin.
 *
 *   npx tsx scripts/fonts/noto-sans-jp-web.ts          rewrite the file
 *   npx tsx scripts/fonts/noto-sans-jp-web.ts --check  exit 1 when the file is stale
 *
 * The Japanese subsets are declared for the characters this app can show, not for all of
 * Japanese: fontsource lists some 17,000 code points in 120 subsets, which made 64 KB (gzip) of
 * render-blocking CSS on every page. Every text a page shows comes from our own files (message
 * catalogs, components, question and benchmark files; answers are option ids; only the ids and
 * paths quoted from a rejected file are the user's, in the system font), so the file lists,
 * per subset, only the characters of those files that the subset has, and leaves out subsets
 * with none. Latin subsets are kept whole, for numbers and dates written by Intl.
 *
 * A unit test (noto-sans-jp-web.spec.ts) fails when the file is out of date with the package or
 * with the texts: after a text change that brings a new character, run the script again.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const WEB_FONT_FAMILY = 'Noto Sans JP Web';
export const WEIGHTS = [400, 700] as const;
/** Subsets a page of ours can contain; Cyrillic and Vietnamese are left out. */
const SKIPPED_SUBSETS = /^noto-sans-jp-(cyrillic|vietnamese)-/;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where every text a page shows is written. */
const TEXT_DIRS = ['src', 'questions'];
const TEXT_FILE = /\.(ts|svelte|yaml|html|css)$/;
/** Test inputs and the generated CSS itself are never shown. */
const NOT_SHOWN = /(\.spec\.ts$|[/\\]fixtures[/\\]|[/\\]fonts[/\\])/;
/** Subsets kept whole: Latin letters, digits and punctuation (Intl formats numbers and dates). */
const WHOLE_SUBSETS = /-latin(-ext)?-\d+-normal$/;
export const OUTPUT = join(root, 'src/fonts/noto-sans-jp-web.css');
const PACKAGE = '@fontsource/noto-sans-jp';

export interface FontFace {
	/** fontsource's name of the subset file, e.g. noto-sans-jp-12-400-normal */
	name: string;
	weight: number;
	unicodeRange: string;
}

/** The @font-face rules of one fontsource weight file (e.g. 400.css). */
export function parseFontsource(css: string): FontFace[] {
	const faces: FontFace[] = [];
	for (const block of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
		const body = block[1] ?? '';
		const file = /url\(\.\/files\/([a-z0-9-]+)\.woff2\)/.exec(body)?.[1];
		const weight = Number(/font-weight:\s*(\d+)/.exec(body)?.[1]);
		const unicodeRange = /unicode-range:\s*([^;]+);/.exec(body)?.[1]?.trim();
		if (!file || !Number.isFinite(weight) || !unicodeRange) {
			throw new Error(`${PACKAGE}: an @font-face rule without woff2, weight or unicode-range`);
		}
		if (/-italic$/.test(file) || SKIPPED_SUBSETS.test(file)) continue;
		faces.push({ name: file, weight, unicodeRange });
	}
	return faces;
}

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

/** `U+3000-303f, U+ff01` as inclusive [first, last] pairs. */
function parseRange(unicodeRange: string): [number, number][] {
	return unicodeRange.split(',').map((part) => {
		const [first = '', last] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(first, 16), parseInt(last ?? first, 16)];
	});
}

/**
 * The part of a unicode-range that holds any of the characters, as a unicode-range (runs of
 * consecutive code points joined), or undefined when it holds none.
 */
export function narrowRange(unicodeRange: string, characters: Set<number>): string | undefined {
	const ranges = parseRange(unicodeRange);
	const inside = [...characters]
		.filter((code) => ranges.some(([first, last]) => code >= first && code <= last))
		.sort((a, b) => a - b);
	if (inside.length === 0) return undefined;
	const runs: [number, number][] = [];
	for (const code of inside) {
		const run = runs.at(-1);
		if (run && code === run[1] + 1) run[1] = code;
		else runs.push([code, code]);
	}
	const hex = (code: number) => code.toString(16);
	return runs
		.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`))
		.join(', ');
}

/** The faces to declare: Latin subsets whole, the others narrowed to the characters shown. */
export function facesFor(faces: FontFace[], characters: Set<number>): FontFace[] {
	return faces.flatMap((face) => {
		if (WHOLE_SUBSETS.test(face.name)) return [face];
		const unicodeRange = narrowRange(face.unicodeRange, characters);
		return unicodeRange ? [{ ...face, unicodeRange }] : [];
	});
}

export function renderCss(faces: FontFace[], version: string): string {
	const rules = faces.map(
		(face) => `/* ${face.name} */
@font-face {
	font-family: '${WEB_FONT_FAMILY}';
	font-style: normal;
	font-weight: ${face.weight};
	font-display: swap;
	src: url('${PACKAGE}/files/${face.name}.woff2') format('woff2');
	unicode-range: ${face.unicodeRange};
}`
	);
	return `/*
 * Generated by scripts/fonts/noto-sans-jp-web.ts from ${PACKAGE} ${version} — do not edit.
 * Noto Sans JP (SIL Open Font License 1.1), weights ${WEIGHTS.join(' and ')}, split by unicode-range:
 * a browser downloads a subset only when the page shows a character of it that no font earlier
 * in the font-family stack has. The Japanese subsets list only the characters of this app's
 * texts (see the script).
 */
${rules.join('\n\n')}
`;
}

/** The CSS file as it should be for the installed package, formatted like the rest of src/. */
export async function generate(): Promise<string> {
	const require = createRequire(import.meta.url);
	const packageDir = dirname(require.resolve(`${PACKAGE}/package.json`));
	const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as {
		version: string;
	};
	const characters = displayedCharacters();
	const faces = WEIGHTS.flatMap((weight) =>
		facesFor(parseFontsource(readFileSync(join(packageDir, `${weight}.css`), 'utf8')), characters)
	);
	const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
	return prettier.format(renderCss(faces, version), { ...options, filepath: OUTPUT });
}

async function main(): Promise<void> {
	const css = await generate();
	const current = (() => {
		try {
			return readFileSync(OUTPUT, 'utf8');
		} catch {
			return '';
		}
	})();
	if (process.argv.includes('--check')) {
		if (current !== css) {
			console.error(`${OUTPUT} is out of date: run npx tsx scripts/fonts/noto-sans-jp-web.ts`);
			process.exit(1);
		}
		return;
	}
	writeFileSync(OUTPUT, css);
	console.log(`wrote ${OUTPUT} (${(css.match(/@font-face/g) ?? []).length} faces)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await main();
}
