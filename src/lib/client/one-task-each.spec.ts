import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { oneTaskEach } from './one-task-each';

/** Lets queued promise callbacks run, without running any timer. */
async function settleMicrotasks() {
	for (let round = 0; round < 10; round++) await Promise.resolve();
}

describe('oneTaskEach', () => {
	beforeEach(() => {
		vi.useFakeTimers();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('in a visible page, waits for a frame and then a timer task', async () => {
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('document', { visibilityState: 'visible' });
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
			frames.push(callback);
			return frames.length;
		});
		const ran: string[] = [];
		const piece = oneTaskEach(() => ran.push('piece'));

		await settleMicrotasks();
		expect(frames).toHaveLength(1);
		expect(vi.getTimerCount()).toBe(0);

		frames[0]!(0);
		// Not in the frame callback itself: in a task after it, once the frame is painted.
		expect(ran).toEqual([]);
		expect(vi.getTimerCount()).toBe(1);
		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['piece']);
		await expect(piece).resolves.toBe(1);
	});

	it('runs each piece in a timer task of its own, in queue order', async () => {
		const ran: string[] = [];
		const first = oneTaskEach(() => ran.push('first'));
		const second = oneTaskEach(() => ran.push('second'));
		await settleMicrotasks();
		expect(ran).toEqual([]);
		expect(vi.getTimerCount()).toBe(1);

		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['first']);
		await settleMicrotasks();
		expect(vi.getTimerCount()).toBe(1);

		vi.runOnlyPendingTimers();
		expect(ran).toEqual(['first', 'second']);
		await expect(Promise.all([first, second])).resolves.toEqual([1, 2]);
	});

	it('rejects with the error of a failed piece and still runs the next one', async () => {
		const failing = oneTaskEach(() => {
			throw new Error('chart failed');
		});
		const next = oneTaskEach(() => 'drawn');
		const settled = Promise.allSettled([failing, next]);

		await vi.runAllTimersAsync();
		const [failed, succeeded] = await settled;
		expect(failed).toMatchObject({ status: 'rejected', reason: new Error('chart failed') });
		expect(succeeded).toEqual({ status: 'fulfilled', value: 'drawn' });
	});
});
