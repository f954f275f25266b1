/**
 * (d) The PDF report: the median time to make one (score + report model + pdfkit, in this
 * process, fonts already loaded; budget 150 ms) and its size (budget 300 KB); then how many
 * reports per second the running production server makes over loopback with 4 concurrent
 * clients POSTing to /api/report for 10 s (autocannon; no budget, printed for information).
 *
 * Part of `npm run bench`; also runs alone, starting its own server from build/:
 *   npx tsx scripts/bench/pdf.ts
 */
import { availableParallelism, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildReport } from '../../src/lib/domain/report.ts';
import { score } from '../../src/lib/domain/scoring.ts';
import { loadContent } from '../../src/lib/server/content/load.ts';
import { renderReportPdf } from '../../src/lib/server/pdf/render.ts';
import { minimalAnswers } from '../../tests/helpers/answers.ts';
import { startServer } from './server.ts';
import { kb, median, percentile, timeRuns } from './stats.ts';
import { judged, type BenchContext, type Figure, type Measurement } from './types.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The early-stage archetype: every recommendation applies, so it is the longest report. */
const ANSWERS = minimalAnswers;
const CLIENTS = 4;
const SECONDS = 10;

async function inProcess(log: (message: string) => void): Promise<Figure[]> {
	const content = loadContent(resolve(root, 'questions'));
	const makePdf = () =>
		renderReportPdf(buildReport(content, score(content, ANSWERS), 'ja', new Date()));

	log('pdf: first PDF of the process (reads and parses the fonts)');
	const coldStart = performance.now();
	const first = await makePdf();
	const cold = performance.now() - coldStart;

	log('pdf: timing PDFs in this process');
	// CPU time beside wall time: on a busy machine the wall time mostly measures the wait.
	const cpuTimes: number[] = [];
	const timed = async () => {
		const before = process.cpuUsage();
		await makePdf();
		const used = process.cpuUsage(before);
		cpuTimes.push((used.user + used.system) / 1000);
	};
	const times = await timeRuns(timed, { runs: 40, warmup: 3, maxMs: 20_000 });
	const load = `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`;
	const size = (await makePdf()).byteLength;
	return [
		judged({
			id: 'pdf.median',
			label: 'PDF report, median time to generate one (ja, 7 recommendations)',
			value: Math.round(median(times) * 10) / 10,
			unit: 'ms',
			budget: { limit: 150, kind: 'max' },
			note:
				`${times.length} runs; p90 ${Math.round(percentile(times, 90))} ms; ` +
				`CPU time median ${Math.round(median(cpuTimes.slice(-times.length)))} ms; ` +
				`first of the process ${Math.round(cold)} ms; ${load}`,
			details: { times, cpuTimes }
		}),
		judged({
			id: 'pdf.size',
			label: 'PDF report, file size',
			value: kb(size),
			unit: 'KB',
			budget: { limit: 300, kind: 'max' },
			note: `${first.byteLength} bytes the first time, ${size} bytes the last (only the dates differ)`
		})
	];
}

async function overLoopback(baseUrl: string, log: (message: string) => void): Promise<Figure[]> {
	const url = `${baseUrl}/api/report`;
	if (!/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//.test(url)) {
		throw new Error(`pdf: refusing to load anything but loopback (${url})`);
	}
	const body = JSON.stringify({
		questionSet: loadContent(resolve(root, 'questions')).version,
		answers: ANSWERS,
		format: 'pdf',
		locale: 'ja'
	});
	const headers = { 'content-type': 'application/json' };

	// One request first, so the window below measures the steady state, not the font loading.
	const coldStart = performance.now();
	const warm = await fetch(url, { method: 'POST', headers, body });
	const warmBytes = (await warm.arrayBuffer()).byteLength;
	const cold = performance.now() - coldStart;
	if (warm.status !== 200 || warm.headers.get('content-type') !== 'application/pdf') {
		throw new Error(
			`pdf: POST /api/report answered ${warm.status} ${warm.headers.get('content-type')}`
		);
	}

	log(`pdf: autocannon POST ${url}, ${CLIENTS} clients, ${SECONDS} s`);
	const result = await autocannon({
		url,
		method: 'POST',
		headers,
		body,
		connections: CLIENTS,
		pipelining: 1,
		duration: SECONDS,
		// A report is slow next to a page: count a slow answer as an answer, not a timeout.
		timeout: 30
	});
	const failed = result.errors + result.timeouts + result.non2xx;
	const perSecond = Math.round((result.requests.total / result.duration) * 10) / 10;
	return [
		{
			id: 'pdf.server.rps',
			label: `PDF reports per second, running server (${CLIENTS} clients, loopback, ${SECONDS} s)`,
			value: perSecond,
			unit: 'reports/s',
			status: failed ? 'FAIL' : 'INFO',
			note:
				`${result.requests.total} reports (${Math.round(warmBytes / 1024)} KB each) in ${result.duration} s; ` +
				`latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; first request after start ${Math.round(cold)} ms` +
				(failed
					? `; ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`
					: '')
		}
	];
}

export const pdfReport: Measurement = {
	id: 'pdf',
	title: 'PDF report: generation time, size, and reports per second over loopback',
	async run({ baseUrl, log }: BenchContext): Promise<Figure[]> {
		return [...(await inProcess(log)), ...(await overLoopback(baseUrl, log))];
	}
};

/** Run alone: start the built server, measure, print, stop. */
async function main(): Promise<void> {
	const log = (message: string) => console.error(`· ${message}`);
	const server = await startServer(root);
	log(`serving on ${server.baseUrl}`);
	try {
		const figures = await pdfReport.run({
			baseUrl: server.baseUrl,
			log,
			launchBrowser: () => Promise.reject(new Error('not needed'))
		});
		console.log(pdfReport.title);
		for (const figure of figures) {
			const budget = figure.budget
				? ` (budget ${figure.budget.kind === 'max' ? '≤' : '≥'} ${figure.budget.limit} ${figure.unit})`
				: '';
			console.log(
				`  ${figure.status.padEnd(4)}  ${figure.label}: ${figure.value} ${figure.unit}${budget}`
			);
			if (figure.note) console.log(`        └ ${figure.note}`);
		}
	} finally {
		await server.stop();
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((error: unknown) => {
		console.error(error);
		process.exit(1);
	});
}
