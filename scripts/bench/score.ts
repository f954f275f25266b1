/**
 * Scoring speed: the time to score one complete answer set with the real content, as the browser,
 * the server and the CLI do it (normalising, pattern match, maturity, positions and ranking every
 * applicable recommendation, which rescores the answers once per recommendation).
 *   npx tsx scripts/bench/score.ts      # on its own
 * `npm run bench` (scripts/bench.ts) runs it with the other measurements (scripts/bench/index.ts).
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkAnswerSet, describeProblem } from '../../src/lib/domain/questionnaire.ts';
import type { AnswerMap } from '../../src/lib/domain/schema.ts';
import { score } from '../../src/lib/domain/scoring.ts';
import { loadContent } from '../../src/lib/server/content/load.ts';
import { highAnswers, lowAnswers } from '../../tests/helpers/answers.ts';
import { median, percentile } from './stats.ts';
import { judged, type Figure, type Measurement } from './types.ts';

/**
 * The target is "well under 1 ms" per answer set, for the median. The p95 is printed for
 * information (INFO), without a budget: on a shared machine it mostly measures the other
 * processes and garbage-collection pauses.
 */
export const SCORE_BUDGET_MS = 1;
const WARM_UP_RUNS = 500;
const RUNS = 2_000;

/** Contrasting complete answer sets, so every branch of the engine is timed. */
export const ANSWER_SETS: Record<string, AnswerMap> = {
	// No touch model, no phases, no tools: many recommendations apply.
	emerging: lowAnswers,
	// Partly built, phases on trial: follow-up questions shown, conditional evidence applies.
	developing: {
		business_model: 'subscription_other',
		company_size: 'from_51_to_300',
		cs_years: 'from_1_to_2',
		executive_owner: 'coo',
		touch_model: 'partial',
		touch_segmentation: ['contract_value', 'company_size'],
		touch_activities: 'defined_some',
		tech_touch_channels: ['help_center', 'webinars'],
		phase_operation: 'trial',
		phases_defined: ['onboarding', 'renewal'],
		phase_criteria: 'period_only',
		phase_playbooks: 'informal',
		health_score: 'informal',
		kpis_set: ['churn', 'nps'],
		kpis_measured: 'some_measured',
		retention_band: 'from_80_to_90',
		nrr_band: 'not_tracked',
		tools_used: ['spreadsheet'],
		tools_integration: 'siloed',
		practices: ['onboarding_programme', 'voice_of_customer'],
		cs_concept_spread: 'cs_only',
		leadership_understanding: 'partly',
		cs_team: 'shared_role',
		cs_budget: 'secured',
		improvement_cadence: 'occasional'
	},
	// Not operating in phases but using tools: the non-phase tools evidence applies.
	toolsWithoutPhases: {
		business_model: 'non_subscription',
		company_size: 'from_1001_to_5000',
		cs_years: 'from_2_to_5',
		executive_owner: 'cro',
		touch_model: 'built',
		touch_segmentation: ['industry'],
		touch_activities: 'left_to_staff',
		tech_touch_channels: ['email_journeys', 'in_app_guides'],
		phase_operation: 'unknown',
		health_score: 'scored',
		kpis_set: ['retention', 'upsell', 'cross_sell'],
		kpis_measured: 'set_only',
		retention_band: 'from_70_to_80',
		nrr_band: 'from_90_to_100',
		tools_used: ['customer_data', 'ai_support'],
		tools_integration: 'partly_linked',
		practices: ['churn_prevention'],
		cs_concept_spread: 'related_teams',
		leadership_understanding: 'understands',
		cs_team: 'dedicated_people',
		cs_budget: 'shrinking',
		improvement_cadence: 'occasional'
	},
	// Everything in place: few recommendations left.
	optimising: { ...highAnswers, business_model: 'saas' }
};

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export async function benchScore(): Promise<Figure[]> {
	const content = loadContent();
	const sets = Object.entries(ANSWER_SETS);
	// A stale answer set would time a partial score: fail loudly instead.
	for (const [name, answers] of sets) {
		const problems = checkAnswerSet(content, content.version, answers);
		if (problems.length) {
			throw new Error(
				`scripts/bench/score.ts › answer set "${name}" no longer fits the question set:\n` +
					problems.map((problem) => `  ${describeProblem(problem)}`).join('\n')
			);
		}
	}

	let sink = 0;
	for (let run = 0; run < WARM_UP_RUNS; run++) {
		sink += score(content, sets[run % sets.length]![1]).pattern.percent;
	}
	const perSet = sets.map(() => [] as number[]);
	const cpuBefore = process.cpuUsage();
	for (let run = 0; run < RUNS; run++) {
		const index = run % sets.length;
		const start = performance.now();
		const result = score(content, sets[index]![1]);
		perSet[index]!.push(performance.now() - start);
		sink += result.pattern.percent;
	}
	const cpu = process.cpuUsage(cpuBefore);
	if (!Number.isFinite(sink)) throw new Error('scoring produced a non-finite pattern match');
	const times = perSet.flat();

	const load = `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`;
	const bySet = sets.map(([name], index) => `${name} ${round3(median(perSet[index]!))}`).join(', ');
	return [
		judged({
			id: 'score.median',
			label: 'Scoring, median time for one complete answer set',
			value: round3(median(times)),
			unit: 'ms',
			budget: { limit: SCORE_BUDGET_MS, kind: 'max' },
			note: `${RUNS} runs over ${sets.length} answer sets after ${WARM_UP_RUNS} warm-up runs; median by set (ms): ${bySet}; ${load}`,
			details: { runs: RUNS, warmUp: WARM_UP_RUNS, sets: sets.map(([name]) => name) }
		}),
		{
			id: 'score.p95',
			label: 'Scoring, 95th percentile',
			value: round3(percentile(times, 95)),
			unit: 'ms',
			status: 'INFO',
			note: `slowest run ${round3(Math.max(...times))} ms; average CPU time per answer set ${round3((cpu.user + cpu.system) / 1000 / RUNS)} ms`
		}
	];
}

/** The measurement, for scripts/bench/index.ts. */
export const scoreSpeed: Measurement = {
	id: 'score',
	title: 'Scoring speed',
	run: () => benchScore()
};

// Run on its own: print the figures; exit 1 when one misses its budget.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const figures = await benchScore();
	for (const figure of figures) {
		const budget = figure.budget ? ` (budget ≤ ${figure.budget.limit} ${figure.unit})` : '';
		console.log(
			`${figure.status.padEnd(4)}  ${figure.label}: ${figure.value} ${figure.unit}${budget}`
		);
		if (figure.note) console.log(`      └ ${figure.note}`);
	}
	if (figures.some((figure) => figure.status === 'FAIL')) process.exitCode = 1;
}
