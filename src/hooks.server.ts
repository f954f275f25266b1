import { ServerResponse } from 'node:http';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { building, dev } from '$app/environment';
import { FONT_STACKS, WEB_FONT_FAMILY } from '$lib/font-stacks';
import { PAGE_RANGES } from '$lib/web-font-faces';
import { intlLocales, isLocale, LOCALE_COOKIE, negotiateLocale } from '$lib/i18n';
import { gzipped, mergeVary } from '$lib/server/http';
import { reportFonts } from '$lib/server/pdf/fonts';
import webFontStylesheet from './fonts/noto-sans-jp-web.css?url';
import webFont from './fonts/noto-sans-jp-web.woff2?url';
import webFontForEnglishPages from './fonts/noto-sans-jp-web-english.woff2?url';
import detectJapaneseFontSource from './detect-japanese-font.js?raw';
import warmUpIntlSource from './warm-up-intl.js?raw';
// no-inline: Vite would inline so small a file as a data: URL, which the CSP refuses for a worker.
import warmUpIntlWorker from './warm-up-intl.worker.js?url&no-inline';

/** An inline script as svelte.config.js hashes it for the CSP: with LF line ends. */
const asParsed = (source: string) => source.replace(/\r\n?/g, '\n');
const detectJapaneseFont = asParsed(detectJapaneseFontSource);
const warmUpIntl = asParsed(warmUpIntlSource);

/** The pages' Japanese font stack (it quotes family names) as an HTML attribute value. */
const JAPANESE_FONT_STACK_ATTRIBUTE = FONT_STACKS.ja
	.replaceAll('&', '&amp;')
	.replaceAll('"', '&quot;');

/**
 * The pages that format numbers while they are built (a result, a shared result, the
 * methodology), by route id. They get an inline script (src/warm-up-intl.js) that starts a worker
 * (src/warm-up-intl.worker.js) creating one Intl formatter. The first formatter a page creates
 * sets up ICU, the library behind Intl: some 40 ms on the main thread, in the middle of building
 * a result. Chromium shares that set-up between a page's threads, so the worker takes it off the
 * main thread (in a profile of /share: the page's first NumberFormat went from 40 ms to under
 * 1 ms). Other pages get an empty script, which a browser neither runs nor checks against the CSP.
 */
const FORMATS_NUMBERS_ON_LOAD = new Set(['/results', '/share', '/methodology']);

/**
 * Headers on every response. The pages' Content-Security-Policy comes from `kit.csp` in
 * svelte.config.js (script hashes; the reasoning about styles is there).
 *
 * Permissions-Policy names only features Chromium knows: an unknown one (e.g. the retired
 * interest-cohort) is logged as a console error on every page.
 *
 * No Cross-Origin-Opener-Policy. The app has no login and talks to no other window; the answers
 * sit in this origin's storage, which the same-origin policy already guards. With the header, a
 * visit that starts in a new tab switches browsing context group and so starts a new renderer
 * process: in Lighthouse's mobile run that cost about 300 ms of blocking time, 5 to 10 points
 * (npm run bench). What it adds, a process of its own on phones where Chrome does not isolate
 * every site, matters for pages that hold credentials; these hold none.
 */
const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	// Not 'no-referrer': with it, browsers send `Origin: null` on our own form posts, and
	// SvelteKit's CSRF check then refuses them (the language switch). 'same-origin' still tells
	// other sites nothing.
	'Referrer-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': [
		'accelerometer=()',
		'autoplay=()',
		'browsing-topics=()',
		'camera=()',
		'display-capture=()',
		'geolocation=()',
		'gyroscope=()',
		'magnetometer=()',
		'microphone=()',
		'midi=()',
		'payment=()',
		'usb=()'
	].join(', '),
	'Cross-Origin-Resource-Policy': 'same-origin'
};

/**
 * The policy for responses that are not pages (endpoints, built assets, static/ files): they are
 * never meant to be opened as documents, so nothing inline may run if one is (an SVG, say), and
 * no one may frame them. Same-origin sources stay allowed so a worker script
 * (src/warm-up-intl.worker.js), whose policy is its own response's, can still load what it needs.
 * An endpoint that sets its own Content-Security-Policy keeps it (a PDF shown inline rather than
 * downloaded would need one without object-src 'none').
 */
const ASSET_CSP =
	"default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Language-dependent responses: the locale comes from the cookie, or else Accept-Language. */
const VARY = ['Accept-Language', 'Cookie'];

export const handle: Handle = async ({ event, resolve }) => {
	const cookie = event.cookies.get(LOCALE_COOKIE);
	event.locals.locale = isLocale(cookie)
		? cookie
		: negotiateLocale(event.request.headers.get('accept-language'));

	const formatsNumbers = FORMATS_NUMBERS_ON_LOAD.has(event.route.id ?? '');
	const response = await resolve(event, {
		transformPageChunk: ({ html }) =>
			html
				.replace('%lang%', event.locals.locale)
				.replace('%web-font%', webFontStylesheet)
				.replace('%web-font-file%', webFont)
				.replace('%web-font-range%', PAGE_RANGES.main)
				.replace('%web-font-english-file%', webFontForEnglishPages)
				.replace('%web-font-english-range%', PAGE_RANGES.englishPages)
				.replace('%japanese-font-stack%', () => JAPANESE_FONT_STACK_ATTRIBUTE)
				.replace('%web-font-family%', WEB_FONT_FAMILY)
				.replace('%detect-japanese-font%', () => detectJapaneseFont)
				.replace('%warm-up-intl-worker%', formatsNumbers ? warmUpIntlWorker : '')
				.replace('%intl-locale%', intlLocales[event.locals.locale])
				.replace('%warm-up-intl%', () => (formatsNumbers ? warmUpIntl : ''))
	});
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	const type = response.headers.get('content-type') ?? '';
	const isPage = type.startsWith('text/html');
	// A 304's headers are merged into the cached page by the browser: an asset policy there
	// would replace the page's own and block its hashed start-up script.
	if (!isPage && response.status !== 304 && !response.headers.has('Content-Security-Policy')) {
		response.headers.set('Content-Security-Policy', ASSET_CSP);
	}
	if (isPage || event.isDataRequest) {
		// Pages are also sent gzipped or not by Accept-Encoding (below).
		const vary = isPage ? [...VARY, 'Accept-Encoding'] : VARY;
		response.headers.set('Vary', mergeVary(response.headers.get('Vary'), vary));
	}
	return isPage && !dev ? gzipped(response, event.request) : response;
};

/**
 * adapter-node serves built assets and static/ files (with sirv) before the hooks run, and it
 * has no option for extra headers. So the production server adds the missing security headers
 * to every response as it is written: in `node build` (and `vite preview`) every response goes
 * through ServerResponse#writeHead, the explicit calls of sirv and SvelteKit as well as the
 * implicit one of `res.end()`. Headers already set (the pages' own CSP) are left alone. Not in
 * `vite dev`, whose responses are Vite's.
 */
export const init: ServerInit = () => {
	if (dev || building) return;
	addHeadersToEveryResponse({ ...SECURITY_HEADERS, 'Content-Security-Policy': ASSET_CSP });
	// Parse the PDF fonts (about half a second) once the server is up, rather than inside the
	// first visitor's download. A failure here is left to that request, which reports it.
	setTimeout(() => {
		try {
			reportFonts();
		} catch {
			// Reported by /api/report when a PDF is asked for.
		}
	}, 0);
};

const patched = Symbol.for('cs-maturity-check.security-headers');

function addHeadersToEveryResponse(headers: Record<string, string>): void {
	const proto = ServerResponse.prototype as ServerResponse & { [patched]?: true };
	if (proto[patched]) return;
	proto[patched] = true;
	const writeHead = proto.writeHead;
	proto.writeHead = function (this: ServerResponse, ...args: unknown[]) {
		const passed = headerNames(args);
		const notModified = Number(args[0]) === 304;
		for (const [name, value] of Object.entries(headers)) {
			// See the 304 note in `handle`.
			if (notModified && name === 'Content-Security-Policy') continue;
			if (!this.hasHeader(name) && !passed.has(name.toLowerCase())) this.setHeader(name, value);
		}
		return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
	} as typeof proto.writeHead;
}

/** Lower-cased names of the headers given to writeHead(status, [reason], [headers]). */
function headerNames(args: unknown[]): Set<string> {
	const given = args.find((arg, index) => index > 0 && typeof arg === 'object' && arg !== null);
	if (!given) return new Set();
	if (Array.isArray(given)) {
		// [name, value, name, value, ...] or [[name, value], ...]
		const names = Array.isArray(given[0])
			? given.map((pair: unknown[]) => pair[0])
			: given.filter((_, index) => index % 2 === 0);
		return new Set(names.map((name) => String(name).toLowerCase()));
	}
	return new Set(Object.keys(given).map((name) => name.toLowerCase()));
}
