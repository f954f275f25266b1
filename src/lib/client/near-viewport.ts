/**
 * Calls `near` once, when `element` comes within one screen height of the viewport (above or
 * below). Returns a function that stops watching.
 */
export function onceNearViewport(element: Element, near: () => void): () => void {
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			near();
		},
		{ rootMargin: '100% 0px' }
	);
	observer.observe(element);
	return () => observer.disconnect();
}
