/**
 * The return address as a path on this site, or '/'. Resolving it against our own origin and
 * comparing origins refuses every way out: '//host', '/\host', 'https://host', 'javascript:'.
 */
export function sameOriginPath(value: unknown, base: URL): string {
	if (typeof value !== 'string' || !value.startsWith('/')) return '/';
	let target: URL;
	try {
		target = new URL(value, base);
	} catch {
		return '/';
	}
	if (target.origin !== base.origin) return '/';
	return target.pathname + target.search + target.hash;
}
