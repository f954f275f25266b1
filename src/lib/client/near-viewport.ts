/**
 * Calls `near` once, when `element` comes within a quarter of a screen height of the viewport
 * (above or below). Not more: what this starts (drawing a chart) is a long task on a phone, and
 * at load only what the reader sees first should pay it. A quarter of a screen still gives a
 * reader who scrolls a few frames to draw it in before it is on screen.
 * Returns a function that stops watching.
 */
export function onceNearViewport(element: Element, near: () => void): () => void {
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			near();
		},
		{ rootMargin: '25% 0px' }
	);
	observer.observe(element);
	return () => observer.disconnect();
}
