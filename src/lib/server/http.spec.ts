import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, gzipped, mergeVary } from './http';

const request = (acceptEncoding?: string) =>
	new Request('http://localhost/', {
		headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }
	});
const page = (body = '<p>回答</p>', init: ResponseInit = {}) =>
	new Response(body, { headers: { 'content-type': 'text/html' }, ...init });

describe('acceptsGzip', () => {
	it('reads the encodings a browser accepts', () => {
		expect(acceptsGzip('gzip, deflate, br')).toBe(true);
		expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
		expect(acceptsGzip('*')).toBe(true);
		expect(acceptsGzip('gzip;q=0')).toBe(false);
		expect(acceptsGzip('gzip;q=0, *')).toBe(false);
		expect(acceptsGzip('br')).toBe(false);
		expect(acceptsGzip('identity')).toBe(false);
		expect(acceptsGzip(null)).toBe(false);
	});
});

describe('gzipped', () => {
	it('compresses a page for a browser that accepts gzip, and says so', async () => {
		const response = gzipped(page('<p>回答</p>', { headers: { etag: '"abc"' } }), request('gzip'));
		expect(response.headers.get('etag')).toBe('W/"abc"');
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('vary')).toBe('Accept-Encoding');
		const body = Buffer.from(await response.arrayBuffer());
		expect(gunzipSync(body).toString('utf8')).toBe('<p>回答</p>');
	});

	it('leaves the page as it is otherwise', () => {
		const plain = page();
		expect(gzipped(plain, request())).toBe(plain);
		expect(gzipped(plain, request('br'))).toBe(plain);
		const redirect = new Response(null, { status: 303, headers: { location: '/' } });
		expect(gzipped(redirect, request('gzip'))).toBe(redirect);
		const encoded = page('x', { headers: { 'content-encoding': 'br' } });
		expect(gzipped(encoded, request('gzip'))).toBe(encoded);
	});
});

describe('mergeVary', () => {
	it('adds names once, keeps the others and respects *', () => {
		expect(mergeVary(null, ['Cookie'])).toBe('Cookie');
		expect(mergeVary('accept-language', ['Accept-Language', 'Cookie'])).toBe(
			'accept-language, Cookie'
		);
		expect(mergeVary('*', ['Cookie'])).toBe('*');
	});
});
