/**
 * The Japanese font of the PDF report: Noto Sans JP (regular and bold) from the
 * @expo-google-fonts/noto-sans-jp package. The files are resolved through Node's module
 * resolution from this module's own location, so the same code finds them from the sources
 * (vitest, tsx, `vite dev`) and from the built server in build/ (the package is a runtime
 * dependency, kept in node_modules).
 *
 * They are read and parsed once per process: parsing the 5 MB fonts and their layout tables
 * costs far more than laying out a report, so every PDF shares the parsed fonts (fontkit caches
 * glyph outlines and metrics, which are the same for everyone). Shaped text is not kept across
 * documents: pdfkit caches it per document only, so no answer-dependent text outlives its
 * request. pdfkit embeds, per document, only the glyphs that document uses (a subset).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const FILES = {
	regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
	bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'
} as const;

export type FontWeight = keyof typeof FILES;

/** A parsed font, as pdfkit accepts it (pdfkit checks for `layout`). */
export interface ParsedFont {
	postscriptName: string;
	layout: (text: string, features?: unknown) => unknown;
}

let cached: Record<FontWeight, ParsedFont> | undefined;

/**
 * The parsed fonts, made on first use and kept for the life of the process. fontkit is the font
 * engine pdfkit itself depends on; it is loaded from pdfkit's own location so that the parsed
 * fonts come from the very version pdfkit expects.
 */
export function reportFonts(): Record<FontWeight, ParsedFont> {
	if (!cached) {
		const require = createRequire(import.meta.url);
		const fromPdfkit = createRequire(require.resolve('pdfkit'));
		const fontkit = fromPdfkit('fontkit') as { create: (data: Uint8Array) => ParsedFont };
		const parse = (file: string) => {
			const font = fontkit.create(readFileSync(require.resolve(file)));
			if (typeof font?.layout !== 'function') throw new Error(`${file} is not a single font`);
			return font;
		};
		cached = { regular: parse(FILES.regular), bold: parse(FILES.bold) };
	}
	return cached;
}
