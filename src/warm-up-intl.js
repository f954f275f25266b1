// Starts src/warm-up-intl.worker.js; why, and on which pages: src/hooks.server.ts.
(() => {
	const { worker, locale } = /** @type {HTMLScriptElement} */ (document.currentScript).dataset;
	if (!worker || typeof Worker !== 'function') return;
	try {
		new Worker(worker, { name: locale });
	} catch {
		// Then the page's first formatter sets ICU up itself, as it would without this script.
	}
})();
