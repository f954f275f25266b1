/**
 * The self-hosted Japanese web font, for systems without a Japanese font of their own. Its
 * @font-face rules are not in the page's stylesheet: useWebFontIfNeeded() adds them only where
 * needed (see src/app.css), and src/app.html adds them for a browser without JavaScript.
 * Loaded on every page (the root layout calls it), so kept small, and nothing else imports it:
 * the outcome is written on <html data-japanese-font> ('system' or 'web'), where canvas drawing
 * (src/lib/fonts.ts) reads it.
 */
import webFontStylesheet from '../fonts/noto-sans-jp-web.css?url';
import { systemDrawsJapanese } from './system-draws-japanese';

/**
 * Checks, once per page load, whether the system can draw Japanese; if not, adds the stylesheet
 * of 'Noto Sans JP Web' (with data-web-font), and the browser fetches the font files as the
 * text needs them. Without that stylesheet the family is unknown and skipped, so a visitor with
 * a Japanese font never downloads it, and its files never hold up the first paint.
 */
export function useWebFontIfNeeded(): void {
	const root = document.documentElement;
	if (root.dataset.japaneseFont) return;
	// The Japanese pages' stack, read from the page's CSS (src/app.css), not repeated here.
	const system = systemDrawsJapanese(getComputedStyle(root).getPropertyValue('--font-ja'));
	if (!system) {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = webFontStylesheet;
		// Its state, for chart drawing to wait on: loading, then loaded or failed (offline).
		link.dataset.webFont = 'loading';
		link.addEventListener('load', () => (link.dataset.webFont = 'loaded'));
		link.addEventListener('error', () => (link.dataset.webFont = 'failed'));
		document.head.append(link);
	}
	root.dataset.japaneseFont = system ? 'system' : 'web';
}
