/**
 * Fonts for canvas drawing (charts). A canvas is painted once and does not redraw when a web
 * font arrives later, so draw only after fontFor() has resolved:
 *
 *   const family = await fontFor(labels.join(''), locale);
 *   new Chart(canvas, { ..., options: { font: { family } } });
 *
 * The stacks are the ones the pages use (--font-ja and --font-en in src/app.css): Japanese pages
 * name the visitor's own Japanese fonts first, then the self-hosted 'Noto Sans JP Web', then the
 * Latin UI fonts; English pages name the Latin UI fonts first.
 */
import type { Locale } from '$lib/i18n';
import { FONT_STACKS, WEB_FONT_FAMILY } from './font-stacks';

/** Kana, kanji and full-width forms: the characters a system UI font may lack. */
const JAPANESE_CHARACTER = /[\u3000-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Japanese text loaded along with the caller's, so the common kana are always ready. */
const KANA = 'あア';

let pending: Map<string, Promise<void>> | undefined;

/**
 * 'system' or 'web', as src/detect-japanese-font.js finds before the first layout. An English
 * page adds the web font only after its first paint: 'pending' until then. No answer at all
 * means the script did not run (blocked, say): the text is left to the system's fonts rather
 * than waited for.
 */
function japaneseFont(): Promise<string> {
	const root = document.documentElement;
	return new Promise((done) => {
		const answer = () => root.dataset.japaneseFont ?? 'system';
		if (answer() !== 'pending') return done(answer());
		const observer = new MutationObserver(() => {
			if (answer() === 'pending') return;
			observer.disconnect();
			done(answer());
		});
		observer.observe(root, { attributes: true, attributeFilter: ['data-japanese-font'] });
	});
}

/** Resolves once `text` can be drawn: at once with a system font, else when the web font has. */
async function japaneseReady(text: string): Promise<void> {
	if ((await japaneseFont()) === 'system') return;
	// Never rejects: an unreachable file (offline) leaves the text to the fallbacks. Loads only the
	// faces whose unicode-range the text reaches (src/lib/web-font-faces.ts); regular weight, bold
	// is synthesized from it.
	await document.fonts.load(`16px "${WEB_FONT_FAMILY}"`, text).catch(() => []);
}

/**
 * Resolves to the font-family string to set on a canvas for `locale` once `text` can be drawn
 * with it. English text without a Japanese character is set in the system UI fonts: at once.
 * Otherwise the text reaches the Japanese fonts: at once when the system has one (no font file is
 * downloaded then), else after the web font's file has loaded. Never rejects: should loading
 * fail, the stack still names the fallbacks.
 */
export function fontFor(text: string, locale: Locale): Promise<string> {
	const stack = FONT_STACKS[locale];
	if (typeof document === 'undefined' || !('fonts' in document)) return Promise.resolve(stack);
	if (locale === 'en' && !JAPANESE_CHARACTER.test(text)) return Promise.resolve(stack);
	pending ??= new Map();
	const key = [...new Set(text + KANA)].sort().join('');
	let result = pending.get(key);
	if (!result) {
		result = japaneseReady(key);
		pending.set(key, result);
	}
	return result.then(() => stack);
}
