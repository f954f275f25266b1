/**
 * The font-family stacks of the pages (--font-ja and --font-en in src/app.css), for canvas
 * drawing and tests. No imports but a type, so tests can load it outside Vite.
 */
import type { Locale } from './i18n';

/**
 * Japanese fonts found on visitors' systems, one name each: macOS/iOS, Windows 10 and later,
 * Linux, an installed Noto Sans JP, then Meiryo for a Windows without Yu Gothic UI. Every name
 * the system lacks is a font lookup before the first paint (about a millisecond each in Chromium
 * on Linux), so the older names of the same fonts (Hiragino Kaku Gothic ProN, Yu Gothic,
 * YuGothic) are left out.
 */
export const LOCAL_JAPANESE_FONTS = [
	'Hiragino Sans',
	'Yu Gothic UI',
	'Noto Sans CJK JP',
	'Noto Sans JP',
	'Meiryo'
] as const;

/** The self-hosted Noto Sans JP (src/fonts/noto-sans-jp-web.css). */
export const WEB_FONT_FAMILY = 'Noto Sans JP Web';

/** Latin UI fonts by name (macOS/iOS, Windows, Android, then the common ones). */
const LATIN_UI = ['-apple-system', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial'];
const JAPANESE = [...LOCAL_JAPANESE_FONTS, WEB_FONT_FAMILY];

const cssValue = (families: string[]) =>
	families.map((name) => (/^[a-z-]+$/.test(name) ? name : `"${name}"`)).join(', ');

/**
 * The CSS font-family value of the pages in each language, for canvas and chart options. The
 * generic families come last in both: Chromium on Linux draws a character that the generic font
 * lacks as an empty box, without trying the families after it.
 */
export const FONT_STACKS: Record<Locale, string> = {
	ja: cssValue([...JAPANESE, ...LATIN_UI, 'system-ui', 'sans-serif']),
	en: cssValue([...LATIN_UI, ...JAPANESE, 'system-ui', 'sans-serif'])
};
