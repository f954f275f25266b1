/** Small HTTP helpers of the server hook (plain functions, so they are tested alone). */

/** A Vary header with the given names added (once, case-insensitively); `*` stays `*`. */
export function mergeVary(current: string | null, add: string[]): string {
	const values = (current ?? '')
		.split(',')
		.map((value) => value.trim())
		.filter(Boolean);
	const lower = new Set(values.map((value) => value.toLowerCase()));
	if (lower.has('*')) return '*';
	for (const value of add) if (!lower.has(value.toLowerCase())) values.push(value);
	return values.join(', ');
}

/**
 * A page compressed with gzip when the browser accepts it. adapter-node compresses only the built
 * assets (precompress); the pages, with the inline data and styles they carry, shrink to about a
 * third.
 */
export function gzipped(response: Response, request: Request): Response {
	if (!response.body || response.status !== 200 || response.headers.has('Content-Encoding')) {
		return response;
	}
	if (!acceptsGzip(request.headers.get('accept-encoding'))) return response;
	const headers = new Headers(response.headers);
	headers.set('Content-Encoding', 'gzip');
	headers.delete('Content-Length');
	// The ETag is the hash of the uncompressed page: for the gzip bytes it can only be weak.
	const etag = headers.get('ETag');
	if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
	headers.set('Vary', mergeVary(headers.get('Vary'), ['Accept-Encoding']));
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}

/** Whether an Accept-Encoding header allows gzip (named with a q above 0, or by `*`). */
export function acceptsGzip(header: string | null): boolean {
	if (!header) return false;
	const weights = new Map<string, number>();
	for (const part of header.toLowerCase().split(',')) {
		const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
		const q = params.find((param) => param.startsWith('q='));
		weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
	}
	return (weights.get('gzip') ?? weights.get('*') ?? 0) > 0;
}
