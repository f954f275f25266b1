/**
 * Fonts for canvas drawing (charts). A canvas is painted once and does not redraw when a web
 * font arrives later, so draw only after ensureJapaneseFont() has resolved:
 *
 *   const family = await ensureJapaneseFont(labels.join(''));
 *   new Chart(canvas, { ..., options: { font: { family } } });
 *
 * The stack is the one the pages use (--font-sans in src/app.css): the visitor's own Japanese
 * fonts first, then the self-hosted 'Noto Sans JP Web', then the generic families.
 */

/** Japanese fonts found on visitors' systems (macOS/iOS, Windows, Linux/Android, installed). */
export const LOCAL_JAPANESE_FONTS = [
	'Hiragino Sans',
	'Hiragino Kaku Gothic ProN',
	'Yu Gothic UI',
	'Yu Gothic',
	'YuGothic',
	'Meiryo',
	'Noto Sans CJK JP',
	'Noto Sans JP'
] as const;

/** The self-hosted Noto Sans JP (src/fonts/noto-sans-jp-web.css). */
export const WEB_FONT_FAMILY = 'Noto Sans JP Web';

const GENERIC = ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'];

/** The CSS font-family value of the pages, for canvas and chart options. */
export const FONT_STACK = [...LOCAL_JAPANESE_FONTS, WEB_FONT_FAMILY, ...GENERIC]
	.map((name) => (/^[a-z-]+$/.test(name) ? name : `"${name}"`))
	.join(', ');

/** Japanese text loaded along with the caller's, so the common kana are always ready. */
const KANA = 'あア';

/**
 * Whether one of the local Japanese fonts is installed. (document.fonts.check() cannot tell:
 * Chromium answers true for any family it has no web font of, installed or not.) Latin text set
 * in the candidate family with a generic fallback has another width than in the fallback alone
 * only when the candidate exists; checked against two fallbacks in case one happens to match.
 * Latin, not Japanese, text: for Japanese the generic font falls back to the very Japanese
 * font installed, and both widths would be the same.
 */
export function hasLocalJapaneseFont(families: readonly string[] = LOCAL_JAPANESE_FONTS): boolean {
	// Self-contained (no module variables but the default), so tests can run it in a page.
	if (typeof document === 'undefined') return false;
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return false;
	const width = (family: string) => {
		context.font = `32px ${family}`;
		return context.measureText('mmmmmmmmmmlli0WQ').width;
	};
	const fallbacks = ['monospace', 'serif'].map((generic) => ({ generic, width: width(generic) }));
	return families.some((name) =>
		fallbacks.some(({ generic, width: base }) => width(`"${name}", ${generic}`) !== base)
	);
}

let pending: Map<string, Promise<string>> | undefined;

/**
 * Resolves to the font-family string to set on a canvas once Japanese text can be drawn with
 * it: at once when a local Japanese font exists (no font file is downloaded then), otherwise
 * after the web font's subsets covering `text` have loaded in weights 400 and 700. Pass the text
 * you will draw (labels, titles): only the unicode-range subsets it needs are fetched. Never
 * rejects: should loading fail, the stack still names the fallbacks.
 */
export function ensureJapaneseFont(text = 'あ漢'): Promise<string> {
	if (typeof document === 'undefined' || !('fonts' in document)) {
		return Promise.resolve(FONT_STACK);
	}
	pending ??= new Map();
	const key = [...new Set(text + KANA)].sort().join('');
	let result = pending.get(key);
	if (!result) {
		result = hasLocalJapaneseFont()
			? Promise.resolve(FONT_STACK)
			: Promise.all(
					[400, 700].map((weight) =>
						document.fonts.load(`${weight} 16px "${WEB_FONT_FAMILY}"`, key)
					)
				).then(
					() => FONT_STACK,
					() => FONT_STACK
				);
		pending.set(key, result);
	}
	return result;
}
