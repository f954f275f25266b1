/**
 * Takes the cost of a page's first Intl.NumberFormat off the main thread. Building the first one
 * makes ICU load its number data: 24–40 ms in Chromium here (a slow phone takes several times
 * that), and it fell in the task that draws the result's headline. ICU's data is shared by every
 * thread of the page's process, so a worker that builds the same formats first bears that cost
 * on its own thread; the page's formats then take under a millisecond (0.1–0.6 ms measured).
 */
import { intlLocales, type Locale } from '$lib/i18n';

/**
 * How long the page waits for the worker before it formats anyway: a worker that cannot start
 * or never answers costs no more than this.
 */
const PATIENCE_MS = 300;

const warming = new Map<Locale, Promise<void>>();

/** Resolves once `locale`'s number formats are cheap to build, or after PATIENCE_MS. */
export function warmIntl(locale: Locale): Promise<void> {
	let ready = warming.get(locale);
	if (!ready) {
		ready = startWorker(intlLocales[locale]);
		warming.set(locale, ready);
	}
	return ready;
}

function startWorker(intlLocale: string): Promise<void> {
	if (typeof Worker === 'undefined') return Promise.resolve();
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./intl-warmup.worker.ts', import.meta.url));
		} catch {
			resolve();
			return;
		}
		const done = () => {
			clearTimeout(timer);
			worker.terminate();
			resolve();
		};
		const timer = setTimeout(done, PATIENCE_MS);
		worker.addEventListener('message', done);
		worker.addEventListener('error', done);
		worker.postMessage(intlLocale);
	});
}
