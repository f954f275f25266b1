// Inlined into every page's <head> by src/hooks.server.ts (its hash is in the CSP: see
// svelte.config.js). On the pages that format numbers as they are built (a result, the
// methodology), hooks.server.ts gives it the URL of src/warm-up-intl.worker.js; elsewhere it does
// nothing.
//
// The first Intl formatter a page creates sets up ICU, the library behind Intl: some 40 ms on
// the main thread, in the middle of building a result. Chromium shares that set-up between a
// page's threads, so a worker that creates one formatter while the page is still loading takes
// it off the main thread (measured there: the page's first NumberFormat went from 40 ms to under
// 1 ms). A browser that does not share it only runs a worker for a moment.
(() => {
	const { worker, locale } = /** @type {HTMLScriptElement} */ (document.currentScript).dataset;
	if (!worker || typeof Worker !== 'function') return;
	try {
		new Worker(worker, { name: locale });
	} catch {
		// Then the page's first formatter sets ICU up itself, as it would without this script.
	}
})();
