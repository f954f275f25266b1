/**
 * The bench's measurements, in the order they run. To add one (e.g. "median time to score one
 * answer set", "median time to generate one PDF", "reports per second"): write a module in this
 * folder that exports a `Measurement` (see types.ts; stats.ts has median/percentile/timeRuns;
 * the context gives the running server's address, a browser and a logger) and list it here,
 * through `lazy()` if it imports application code: a module that fails to load then costs only
 * its own figures (an ERROR line), not the whole bench.
 */
import { fonts } from './fonts.ts';
import { javascript } from './javascript.ts';
import { lighthouseScores } from './lighthouse.ts';
import { throughput } from './throughput.ts';
import type { Figure, Measurement } from './types.ts';

/** A measurement whose module is imported only when it runs. */
function lazy(id: string, title: string, load: () => Promise<Measurement>): Measurement {
	return { id, title, run: async (context) => (await load()).run(context) };
}

/** The figures of scripts/bench/score.ts, which predates types.ts and has its own shape. */
interface ScoreFigure {
	name: string;
	value: number;
	unit: string;
	budget: number;
	pass: boolean;
	detail?: string;
}

function fromScoreFigure(figure: ScoreFigure | Figure, index: number): Figure {
	if ('status' in figure) return figure;
	return {
		id: `score.${index}`,
		label: figure.name,
		value: figure.value,
		unit: figure.unit,
		budget: { limit: figure.budget, kind: 'max' },
		status: figure.pass ? 'PASS' : 'FAIL',
		note: figure.detail
	};
}

export const measurements: Measurement[] = [
	javascript,
	fonts,
	throughput,
	lighthouseScores,
	lazy('score', 'Scoring speed', async () => {
		const { benchScore } = await import('./score.ts');
		return {
			id: 'score',
			title: 'Scoring speed',
			run: async () => ((await benchScore()) as (ScoreFigure | Figure)[]).map(fromScoreFigure)
		};
	}),
	lazy(
		'pdf',
		'PDF report: generation time, size, and reports per second over loopback',
		async () => (await import('./pdf.ts')).pdfReport
	)
];
