/**
 * Runs pieces of work one after another, each in a task of its own, in the order they were
 * queued. The results page draws some twenty charts and builds a long page; done in one go, that
 * holds the main thread for several hundred milliseconds on a phone, and taps and scrolling wait.
 * Split up, the browser can paint and answer input between the pieces.
 */
let previous: Promise<unknown> = Promise.resolve();

export function oneTaskEach<T>(work: () => T): Promise<T> {
	const turn = previous.then(
		() =>
			new Promise<T>((resolve, reject) =>
				setTimeout(() => {
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
