// Inlined into every page's <head> by src/hooks.server.ts (its hash is in the CSP: see
// svelte.config.js), before the stylesheets, so that the font is on its way while they load. It
// decides whether the page needs the self-hosted Japanese font, and says so on <html
// data-japanese-font>, 'system' or 'web' ('pending' on an English page until the web font is
// added), where chart drawing (src/lib/fonts.ts) waits for it.
//
// It draws two kana in the page's Japanese stack (--font-ja, given as data-stack): a system
// without a Japanese font draws both as the same empty box. Only then is the self-hosted font
// added (a FontFace: no stylesheet round trip), so a visitor with a Japanese font (including
// Android's, which has no name a page can use) downloads nothing. document.fonts.check() cannot
// tell: it answers true for any family it has no web font of. When the canvas cannot be read, a
// system font is assumed.
//
// On a Japanese page both files are fetched at once, and the page is blank (data-font-loading,
// see src/app.css) until they have arrived: the fallback draws kana and kanji as empty boxes, and
// swapping the font in later lays the page out again and shifts it. A file that does not arrive
// in three seconds (a stalled connection) leaves the text to the fallback. An English page needs
// the font only for a few words (the switch to Japanese), so it is added once the first paint is
// on screen.
(() => {
	const root = document.documentElement;
	// The Japanese font stack, the family name, and the files with their ranges
	// (src/lib/web-font-faces.ts), from src/hooks.server.ts.
	const data = /** @type {HTMLScriptElement} */ (document.currentScript).dataset;
	let system = true;
	try {
		// Without a 2D context, the first use throws: caught below.
		const context = /** @type {CanvasRenderingContext2D} */ (
			document.createElement('canvas').getContext('2d', { willReadFrequently: true })
		);
		context.font = `20px ${data.stack}`;
		context.textBaseline = 'top';
		/** @param {string} character */
		const pixels = (character) => {
			context.clearRect(0, 0, 24, 24);
			context.fillText(character, 2, 2);
			return context.getImageData(0, 0, 24, 24).data;
		};
		const a = pixels('あ');
		const i = pixels('い');
		system = a.some((value, index) => value !== i[index]);
	} catch {
		// Unreadable canvas: the text falls back as it would without this check.
	}
	if (system) {
		root.dataset.japaneseFont = 'system';
		return;
	}
	let added = false;
	const addWebFont = () => {
		if (added) return;
		added = true;
		const faces = [
			[data.font, data.range],
			[data.englishFont, data.englishRange]
		].map(
			([url, unicodeRange]) =>
				new FontFace(/** @type {string} */ (data.family), `url("${url}") format('woff2')`, {
					display: 'swap',
					unicodeRange
				})
		);
		for (const face of faces) document.fonts.add(face);
		if (root.lang === 'ja') {
			root.dataset.fontLoading = '';
			const show = () => delete root.dataset.fontLoading;
			Promise.all(faces.map((face) => face.load())).then(show, show);
			setTimeout(show, 3000);
		}
		root.dataset.japaneseFont = 'web';
	};
	if (root.lang === 'ja') return addWebFont();
	root.dataset.japaneseFont = 'pending';
	// Once the first contentful paint is on screen: a request made before it would still compete
	// with the page's own files. Old browsers have no paint timing, and a tab that stays in the
	// background may never report one: hence the timer as well.
	if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
		new PerformanceObserver((entries, observer) => {
			if (!entries.getEntriesByName('first-contentful-paint').length) return;
			observer.disconnect();
			addWebFont();
		}).observe({ type: 'paint', buffered: true });
	}
	setTimeout(addWebFont, 3000);
})();
