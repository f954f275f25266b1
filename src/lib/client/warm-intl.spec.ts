import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** A stand-in for the browser's Worker: records what it is sent, answers when told to. */
class FakeWorker {
	static made: FakeWorker[] = [];
	readonly sent: unknown[] = [];
	terminated = false;
	private readonly listeners = new Map<string, (() => void)[]>();
	constructor(readonly url: URL) {
		FakeWorker.made.push(this);
	}
	addEventListener(type: string, listener: () => void) {
		this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
	}
	postMessage(message: unknown) {
		this.sent.push(message);
	}
	terminate() {
		this.terminated = true;
	}
	emit(type: 'message' | 'error') {
		for (const listener of this.listeners.get(type) ?? []) listener();
	}
}

/** A fresh copy of the module: it keeps one warm-up per language for the page's lifetime. */
async function freshWarmIntl() {
	vi.resetModules();
	return (await import('./warm-intl')).warmIntl;
}

/** Whether `promise` has settled once pending callbacks have run (no timer is run). */
async function isSettled(promise: Promise<unknown>) {
	let settled = false;
	void promise.then(() => (settled = true));
	for (let round = 0; round < 10; round++) await Promise.resolve();
	return settled;
}

describe('warmIntl', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		FakeWorker.made = [];
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('resolves at once where there are no workers (server, tests)', async () => {
		vi.stubGlobal('Worker', undefined);
		const warmIntl = await freshWarmIntl();
		expect(await isSettled(warmIntl('ja'))).toBe(true);
	});

	it("asks one worker for the language's Intl locale and resolves when it answers", async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const warmIntl = await freshWarmIntl();
		const ready = warmIntl('en');
		expect(FakeWorker.made).toHaveLength(1);
		const [worker] = FakeWorker.made;
		expect(worker!.url.pathname).toMatch(/intl-warmup\.worker\.ts$/);
		expect(worker!.sent).toEqual(['en-GB']);
		expect(await isSettled(ready)).toBe(false);

		worker!.emit('message');
		expect(await isSettled(ready)).toBe(true);
		expect(worker!.terminated).toBe(true);
		expect(vi.getTimerCount()).toBe(0);
		// Once per language: the second call gets the same answer and starts no worker.
		expect(warmIntl('en')).toBe(ready);
		expect(FakeWorker.made).toHaveLength(1);
	});

	it('goes ahead after its patience when the worker never answers', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const warmIntl = await freshWarmIntl();
		const ready = warmIntl('ja');
		vi.advanceTimersByTime(299);
		expect(await isSettled(ready)).toBe(false);
		vi.advanceTimersByTime(1);
		expect(await isSettled(ready)).toBe(true);
		expect(FakeWorker.made[0]!.terminated).toBe(true);
	});

	it('goes ahead at once when the worker fails to load or cannot be made', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		let warmIntl = await freshWarmIntl();
		const failed = warmIntl('ja');
		FakeWorker.made[0]!.emit('error');
		expect(await isSettled(failed)).toBe(true);

		vi.stubGlobal(
			'Worker',
			class {
				constructor() {
					throw new DOMException('blocked by the content security policy', 'SecurityError');
				}
			}
		);
		warmIntl = await freshWarmIntl();
		expect(await isSettled(warmIntl('ja'))).toBe(true);
	});
});
