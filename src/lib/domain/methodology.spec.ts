import content from 'virtual:content';
import { describe, expect, it } from 'vitest';
import {
	contentCounts,
	discountWeights,
	figureRows,
	levelBands,
	likelihoodRows,
	MAX_EVIDENCE_FACTOR,
	otherYearEvidence,
	phaseOperatingCount,
	priorOf,
	rubricRows,
	sampleSizes,
	sourceSummaries
} from './methodology';
import { allQuestions } from './questionnaire';
import type { AnswerMap } from './schema';
import { DISCOUNT, score } from './scoring';

describe('the prior and the likelihood ratios shown on /methodology', () => {
	it('takes the prior from the 2025 survey: 494 of 839', () => {
		const prior = priorOf(content);
		expect(prior).toMatchObject({ felt: 494, notFelt: 345, total: 839, year: 2025 });
		expect(prior.percent).toBeCloseTo(58.88, 2);
	});

	it('lists every likelihood group, each with the share the engine gives that answer alone', () => {
		const rows = likelihoodRows(content);
		const groups = allQuestions(content).flatMap((question) =>
			(question.likelihood?.groups ?? []).map((group) => ({ question, group }))
		);
		expect(rows).toHaveLength(groups.length);
		groups.forEach(({ question, group }, index) => {
			const row = rows[index]!;
			expect(row.questionId).toBe(question.id);
			expect(row.likelihoodRatio).toBeCloseTo(
				content.figures[group.felt]!.value / content.figures[group.notFelt]!.value,
				12
			);
			const option = group.options[0]!;
			const answers: AnswerMap = {
				[question.id]: question.type === 'multi' ? [option] : option
			};
			const when = question.likelihood!.when;
			if (when) answers[when.question] = when.anyOf[0]!;
			const contribution = score(content, answers).pattern.contributions.find(
				(item) => item.questionId === question.id
			)!;
			expect(row.aloneShare).toBeCloseTo(contribution.aloneShare, 9);
			expect(row.likelihoodRatio).toBeCloseTo(contribution.likelihoodRatio, 12);
		});
	});

	it('gives the phase-operation share worked out by hand (83.7%)', () => {
		const row = likelihoodRows(content).find(
			(item) => item.questionId === 'phase_operation' && item.felt === 55.3
		)!;
		expect(row.aloneShare).toBeCloseTo(83.718, 3);
	});

	it('names the evidence taken from another year than the prior', () => {
		expect(otherYearEvidence(content)).toEqual([
			{ year: 2023, questions: [allQuestions(content).find((q) => q.id === 'touch_model')!.text] }
		]);
	});
});

describe('the correlation correction as the page states it', () => {
	it('weights the strongest answer fully and each next one by DISCOUNT', () => {
		expect(discountWeights(4)).toEqual([1, DISCOUNT, DISCOUNT ** 2, DISCOUNT ** 3]);
		expect(MAX_EVIDENCE_FACTOR).toBe(1 / (1 - DISCOUNT));
	});

	it('keeps combined evidence within MAX_EVIDENCE_FACTOR times the strongest answer', () => {
		const priorLogOdds = Math.log(494 / 345);
		const answerSets: AnswerMap[] = [
			{ touch_model: 'built', phase_operation: 'operating', phase_criteria: 'hs_single' },
			{ touch_model: 'not_built', phase_operation: 'not_operating', tools_used: ['none'] }
		];
		for (const answers of answerSets) {
			const { pattern } = score(content, answers);
			const p = pattern.percent / 100;
			const evidence = Math.log(p / (1 - p)) - priorLogOdds;
			const strongest = Math.max(
				...pattern.contributions.map((item) => Math.abs(Math.log(item.likelihoodRatio)))
			);
			expect(Math.abs(evidence)).toBeLessThanOrEqual(MAX_EVIDENCE_FACTOR * strongest + 1e-12);
			expect(Math.abs(evidence)).toBeGreaterThan(strongest);
		}
	});
});

describe('the maturity rubric', () => {
	it('lists every scored question once, with its basis and multi-choice rule', () => {
		const rows = rubricRows(content);
		const counts = contentCounts(content);
		expect(rows).toHaveLength(counts.scored);
		expect(rows.filter((row) => row.basis === 'evidence').map((row) => row.questionId)).toEqual([
			'touch_model',
			'phase_operation',
			'phase_criteria'
		]);
		for (const row of rows) {
			expect(row.dimension).not.toBe('context');
			expect(row.rule !== undefined).toBe(row.type === 'multi');
			// Evidence-based points are backed by figures; a rubric question may still feed the
			// pattern match (tools_used), which the page says.
			if (row.basis === 'evidence') expect(row.figures.length).toBeGreaterThan(0);
		}
	});

	it('gives more points to answers with a higher likelihood ratio, as the page claims', () => {
		for (const question of allQuestions(content)) {
			if (question.pointsBasis !== 'evidence' || !question.likelihood) continue;
			const groups = question.likelihood.groups.map((group) => ({
				ratio: content.figures[group.felt]!.value / content.figures[group.notFelt]!.value,
				points: group.options.map(
					(id) => question.options.find((option) => option.id === id)!.points!
				)
			}));
			for (const a of groups) {
				for (const b of groups) {
					if (a.ratio > b.ratio)
						expect(Math.min(...a.points)).toBeGreaterThan(Math.max(...b.points));
				}
			}
		}
	});

	it('covers 0–100 with five contiguous level bands', () => {
		const bands = levelBands();
		expect(bands).toHaveLength(5);
		expect(bands[0]!.from).toBe(0);
		expect(bands.at(-1)!.below).toBeNull();
		bands.slice(0, -1).forEach((band, index) => expect(band.below).toBe(bands[index + 1]!.from));
	});
});

describe('the table of figures', () => {
	it('has one row per figure, newest source first, derived figures with their formula', () => {
		const rows = figureRows(content);
		expect(rows).toHaveLength(Object.keys(content.figures).length);
		expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
		const years = rows.map((row) => row.year);
		expect(years).toEqual([...years].sort((a, b) => b - a));
		for (const row of rows) {
			const figure = content.figures[row.id]!;
			expect(row.value).toBe(figure.value);
			expect(row.kind).toBe(figure.derived ? 'derived' : 'printed');
			if (row.kind === 'derived') expect(row.formula).toBe(figure.derived!.formula);
			else expect(row.quote).toBe(figure.quote);
			expect(row.n === null ? row.nNote : row.n).toBeTruthy();
		}
	});

	it('summarises each source with its figure counts', () => {
		const summaries = sourceSummaries(content);
		expect(summaries.map((source) => source.id).sort()).toEqual(
			Object.keys(content.sources).sort()
		);
		expect(summaries.reduce((total, source) => total + source.figures, 0)).toBe(
			Object.keys(content.figures).length
		);
		for (const source of summaries) expect(source.printed + source.derived).toBe(source.figures);
	});

	it('shows that n=326 matches the companies operating in phases (not trialling)', () => {
		expect(phaseOperatingCount(content)).toBeCloseTo(326.3, 1);
		expect(content.segments.vx2025_phase_op!.n).toBe(326);
	});
});

describe('sample sizes', () => {
	it('names the smallest printed segment and its rough margin of error', () => {
		const { smallest, unprinted } = sampleSizes(content);
		expect(smallest.n).toBe(
			Math.min(...Object.values(content.segments).flatMap((segment) => segment.n ?? []))
		);
		expect(smallest.margin).toBeCloseTo(100 * 1.96 * Math.sqrt(0.25 / smallest.n), 9);
		expect(unprinted).toBe(
			Object.values(content.segments).filter((segment) => segment.n === null).length
		);
	});
});
