/**
 * Runs pieces of work one after another, each in a task of its own after a frame, in the order
 * they were queued. The results page draws some twenty charts and builds a long page; done in
 * one go, that holds the main thread for several hundred milliseconds on a phone, and taps and
 * scrolling wait. Split up, the browser can paint and answer input between the pieces.
 */
let previous: Promise<unknown> = Promise.resolve();

/**
 * Calls `next` in a new task after the next frame, so that each piece is laid out and painted
 * on its own. A hidden tab draws no frames: there, after a timer alone.
 */
function afterNextFrame(next: () => void) {
	const visible = typeof document !== 'undefined' && document.visibilityState === 'visible';
	if (visible) requestAnimationFrame(() => setTimeout(next));
	else setTimeout(next);
}

export function oneTaskEach<T>(work: () => T): Promise<T> {
	const turn = previous.then(
		() =>
			new Promise<T>((resolve, reject) =>
				afterNextFrame(() => {
					try {
						resolve(work());
					} catch (error) {
						reject(error);
					}
				})
			)
	);
	// A failed piece must not stop the ones queued after it.
	previous = turn.catch(() => undefined);
	return turn;
}
