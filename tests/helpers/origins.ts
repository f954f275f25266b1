/**
 * Recording what a browser fetches, for the privacy tests: nothing may leave for another origin
 * (no analytics, CDN, web font service or tracker), and answers are never sent anywhere.
 *
 *   const network = recordNetwork(context);
 *   ... visit pages, answer, download ...
 *   expect(network.foreign(baseURL)).toEqual([]);
 *   expect(network.sent()).toEqual([]);   // no request carried a body
 *
 * It listens on the browser context, so it also sees popups, new tabs, workers and WebSockets.
 */
import type { BrowserContext, Page, Request } from '@playwright/test';

/** Schemes that never reach the network. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'javascript:']);

export interface RecordedRequest {
	url: string;
	method: string;
	resourceType: string;
	/** Whether the request carried a body (form posts, fetch with a body, beacons). */
	hasBody: boolean;
	/** The body as text, when there was one (cut at 10,000 characters). */
	body?: string;
}

export interface NetworkRecord {
	requests: RecordedRequest[];
	/** Requests (and WebSockets) to any origin other than `appOrigin`, as "METHOD url". */
	foreign(appOrigin: string): string[];
	/** Requests that sent a body, as "METHOD url", except those `allowed` says may. */
	sent(allowed?: (request: RecordedRequest) => boolean): string[];
}

export function recordNetwork(context: BrowserContext): NetworkRecord {
	const requests: RecordedRequest[] = [];
	const record = (request: Request) => {
		const body = request.postDataBuffer();
		requests.push({
			url: request.url(),
			method: request.method(),
			resourceType: request.resourceType(),
			hasBody: body !== null,
			body: body?.toString('utf8').slice(0, 10_000)
		});
	};
	const watchSockets = (page: Page) =>
		page.on('websocket', (socket) =>
			requests.push({
				url: socket.url(),
				method: 'WEBSOCKET',
				resourceType: 'websocket',
				hasBody: false
			})
		);
	context.on('request', record);
	context.pages().forEach(watchSockets);
	context.on('page', watchSockets);
	return {
		requests,
		foreign: (appOrigin) => foreignRequests(requests, appOrigin),
		sent: (allowed = () => false) =>
			requests
				.filter((request) => request.hasBody && !allowed(request))
				.map((request) => `${request.method} ${request.url}`)
	};
}

/** The requests of `requests` that go to another origin than `appOrigin`. */
export function foreignRequests(requests: RecordedRequest[], appOrigin: string): string[] {
	const own = new URL(appOrigin).origin;
	return requests
		.filter((request) => {
			const url = new URL(request.url);
			if (LOCAL_SCHEMES.has(url.protocol)) return false;
			// A WebSocket to our own host would be ws(s)://, the same host and port.
			const origin = url.protocol.startsWith('ws') ? url.origin.replace(/^ws/, 'http') : url.origin;
			return origin !== own;
		})
		.map((request) => `${request.method} ${request.url}`);
}

/**
 * Elements in the page that would load something from another origin (scripts, styles, images,
 * frames, media, form targets, preconnect/dns-prefetch hints, which make no request Playwright
 * sees). Links a user may follow (`<a href>`) are not loads and are not listed.
 */
export async function foreignReferences(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const attributes: [string, string][] = [
			['script[src]', 'src'],
			['link[href]', 'href'],
			['img[src]', 'src'],
			['img[srcset]', 'srcset'],
			['source[src]', 'src'],
			['source[srcset]', 'srcset'],
			['iframe[src]', 'src'],
			['video[src]', 'src'],
			['audio[src]', 'src'],
			['video[poster]', 'poster'],
			['embed[src]', 'src'],
			['object[data]', 'data'],
			['form[action]', 'action']
		];
		const found: string[] = [];
		for (const [selector, attribute] of attributes) {
			for (const element of document.querySelectorAll(selector)) {
				const value = element.getAttribute(attribute) ?? '';
				for (const candidate of attribute === 'srcset'
					? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
					: [value]) {
					if (!candidate) continue;
					const url = new URL(candidate, document.baseURI);
					if (
						['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) &&
						url.origin !== location.origin
					) {
						found.push(`<${element.localName} ${attribute}="${candidate}">`);
					}
				}
			}
		}
		return found;
	});
}
