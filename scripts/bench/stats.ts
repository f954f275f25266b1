/** Small helpers for timing measurements (e.g. "median time to score one answer set"). */
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: number[], p: number): number {
	if (values.length === 0) throw new Error('percentile of no values');
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Times `task` repeatedly: `warmup` untimed runs, then up to `runs` timed ones, stopping early
 * once `maxMs` have been spent (the loop is always bounded). Returns each run's milliseconds.
 */
export async function timeRuns(
	task: () => unknown | Promise<unknown>,
	{
		runs = 100,
		warmup = 5,
		maxMs = 10_000
	}: { runs?: number; warmup?: number; maxMs?: number } = {}
): Promise<number[]> {
	for (let i = 0; i < warmup; i += 1) await task();
	const times: number[] = [];
	const deadline = performance.now() + maxMs;
	while (times.length < runs && (times.length === 0 || performance.now() < deadline)) {
		const start = performance.now();
		await task();
		times.push(performance.now() - start);
	}
	return times;
}

/** KB (1024 bytes) to one decimal, rounded up: a size just over a budget never reads as within it. */
export const kb = (bytes: number) => Math.ceil((bytes / 1024) * 10) / 10;
