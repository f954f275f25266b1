/**
 * (c) Server throughput over loopback: autocannon, 10 connections for 10 s, against the start
 * page of the production server (server-rendered HTML, as a first visit gets it). Reported
 * without a budget: requests per second (mean) and the 99th percentile latency.
 */
import autocannon from 'autocannon';
import { startPage } from './pages.ts';
import type { BenchContext, Figure, Measurement } from './types.ts';

export const throughput: Measurement = {
	id: 'throughput',
	title: 'Server throughput, start page (autocannon, 10 connections, 10 s)',
	async run({ baseUrl, log }: BenchContext): Promise<Figure[]> {
		const url = baseUrl + startPage.path;
		if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url)) {
			throw new Error(`throughput: refusing to load anything but loopback (${url})`);
		}
		log(`throughput: autocannon ${url} (10 s)`);
		const result = await autocannon({
			url,
			connections: 10,
			duration: 10,
			headers: { 'accept-language': 'ja', 'accept-encoding': 'gzip, br' }
		});
		const failed = result.errors + result.timeouts + result.non2xx;
		const note =
			`${result.requests.total} requests in ${result.duration} s` +
			(failed
				? `; ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`
				: '');
		const status = failed ? 'FAIL' : 'INFO';
		return [
			{
				id: 'throughput.rps',
				label: 'start page, requests per second (mean)',
				value: Math.round(result.requests.average),
				unit: 'req/s',
				status,
				note
			},
			{
				id: 'throughput.p99',
				label: 'start page, latency p99',
				value: result.latency.p99,
				unit: 'ms',
				status,
				note: `mean ${result.latency.average} ms, p50 ${result.latency.p50} ms`
			}
		];
	}
};
