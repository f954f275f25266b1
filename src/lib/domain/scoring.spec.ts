import fc from 'fast-check';
import content from 'virtual:content';
import { describe, expect, it } from 'vitest';
import { allQuestions, checkAnswerSet, isVisible } from './questionnaire';
import type { AnswerMap } from './schema';
import { DISCOUNT, score } from './scoring';
import { highAnswers, lowAnswers } from '../../../tests/helpers/answers';

const lowRespondent = (): AnswerMap => structuredClone(lowAnswers);
const highRespondent = (): AnswerMap => structuredClone(highAnswers);

const logistic = (x: number) => 100 / (1 + Math.exp(-x));
const priorLogOdds = Math.log(494 / 345);

describe('pattern match with effect-felt companies', () => {
	it('equals the survey share for a single answer: operating in phases (2025)', () => {
		// 494 × 55.3% = 273.182 effect-felt and 345 × 15.4% = 53.13 not-effect-felt companies
		// operate in phases: 273.182 / 326.312 = 83.718%.
		const result = score(content, { phase_operation: 'operating' });
		expect(result.pattern.percent).toBeCloseTo(83.718, 3);
		expect(result.pattern.contributions).toHaveLength(1);
		expect(result.pattern.contributions[0]!.aloneShare).toBeCloseTo(83.718, 3);
	});

	it('equals the survey share for a single answer: touch model built (2023 ratio, 2025 prior)', () => {
		// prior odds 494/345 × ratio 43.5/7.1 = 8.773 → 89.77%
		const odds = (494 / 345) * (43.5 / 7.1);
		expect(score(content, { touch_model: 'built' }).pattern.percent).toBeCloseTo(
			(100 * odds) / (1 + odds),
			6
		);
	});

	it('scores the low archetype as worked out by hand', () => {
		// Evidence, strongest first: no tools among non-phase companies 7.7/48.0, not operating
		// in phases (100−55.3)/(100−15.4), no touch model (100−43.5)/(100−7.1).
		const evidence =
			Math.log(7.7 / 48.0) +
			DISCOUNT * Math.log(44.7 / 84.6) +
			DISCOUNT ** 2 * Math.log(56.5 / 92.9);
		const result = score(content, lowRespondent());
		expect(result.pattern.percent).toBeCloseTo(logistic(priorLogOdds + evidence), 9);
		expect(result.pattern.percent).toBeCloseTo(12.85, 2);
	});

	it('scores the high archetype as worked out by hand', () => {
		// touch model 43.5/7.1, single health score 40.8/10.2 (derived: 100−59.9−23.1−6.8),
		// operating in phases 55.3/15.4. Tools carry no ratio for phase-operating companies.
		const evidence =
			Math.log(43.5 / 7.1) +
			DISCOUNT * Math.log(40.8 / 10.2) +
			DISCOUNT ** 2 * Math.log(55.3 / 15.4);
		const result = score(content, highRespondent());
		expect(result.pattern.percent).toBeCloseTo(logistic(priorLogOdds + evidence), 9);
		expect(result.pattern.percent).toBeCloseTo(96.02, 2);
		expect(result.pattern.contributions.map((item) => item.questionId)).toEqual([
			'touch_model',
			'phase_operation',
			'phase_criteria'
		]);
	});

	it('is less confident than a plain product of ratios (correlation is corrected)', () => {
		const naive =
			priorLogOdds + Math.log(43.5 / 7.1) + Math.log(40.8 / 10.2) + Math.log(55.3 / 15.4);
		expect(score(content, highRespondent()).pattern.percent).toBeLessThan(logistic(naive));
	});

	it('explains each answer: leaving out unfavourable evidence raises the result', () => {
		for (const contribution of score(content, lowRespondent()).pattern.contributions) {
			expect(contribution.likelihoodRatio).toBeLessThan(1);
			expect(contribution.effect).toBeLessThan(0);
		}
	});
});

describe('maturity', () => {
	it('gives every dimension a score and five-level name, and orders the archetypes', () => {
		const low = score(content, lowRespondent());
		const high = score(content, highRespondent());
		expect(low.overall.score).toBe(0);
		expect(low.overall.level.level).toBe(1);
		expect(high.overall.level.level).toBe(5);
		expect(high.dimensions.map((dimension) => dimension.id)).toEqual([
			'touch',
			'phases',
			'kpi',
			'tools',
			'organisation'
		]);
		for (const dimension of high.dimensions) expect(dimension.score).toBeGreaterThanOrEqual(80);
	});

	it('averages the answered questions of a dimension, capping summed multi-choice points', () => {
		// touch: built 100, segmentation max(100, 80) = 100, activities 100, channels 25+25+20+20+20 → 100
		const result = score(content, highRespondent());
		expect(result.dimensions.find((dimension) => dimension.id === 'touch')!.score).toBe(100);
		const partial = score(content, {
			...highRespondent(),
			touch_model: 'partial',
			touch_activities: 'defined_some',
			tech_touch_channels: ['help_center']
		});
		// (50 + 100 + 60 + 25) / 4 = 58.75 → 58.8
		expect(partial.dimensions.find((dimension) => dimension.id === 'touch')!.score).toBe(58.8);
	});
});

describe('positions against the benchmarks', () => {
	it("marks the figures that count the user's own answer, and the JCSA segment that is theirs", () => {
		const result = score(content, highRespondent());
		const phase = result.positions.filter((position) => position.questionId === 'phase_operation');
		const mine = phase.filter((position) => position.isYourAnswer).map((p) => p.figure.id);
		expect(mine).toContain('vx2025_phase_operating_felt');
		expect(mine).not.toContain('vx2025_phase_trial_felt');
		const crm = result.positions.filter((position) => position.figure.id.startsWith('jcsa2025'));
		// business_model is subscription_other: the non-SaaS segment is theirs
		expect(crm.find((p) => p.figure.segment === 'jcsa2025_non_saas')!.isYourSegment).toBe(true);
		expect(crm.find((p) => p.figure.segment === 'jcsa2025_saas')!.isYourSegment).toBe(false);
	});
});

describe('recommendations', () => {
	it('ranks the changes that raise the pattern match most first, with evidence', () => {
		const ranked = score(content, lowRespondent()).recommendations;
		expect(ranked[0]!.recommendation.id).toBe('start_phase_operation');
		const gains = ranked.map((item) => item.patternGain);
		expect(gains).toEqual([...gains].sort((a, b) => b - a));
		for (const item of ranked) expect(item.evidence.length).toBeGreaterThan(0);
	});

	it('never recommends what the user already does', () => {
		const high = score(content, highRespondent());
		const ids = high.recommendations.map((item) => item.recommendation.id);
		expect(ids).not.toContain('build_touch_model');
		expect(ids).not.toContain('start_phase_operation');
		expect(ids).not.toContain('health_score_criteria');
		for (const item of high.recommendations) {
			const given = [high.answers[item.recommendation.question]].flat();
			expect(given).not.toContain(item.recommendation.target);
		}
	});
});

describe('answers that must not count', () => {
	it('ignores answers to hidden questions', () => {
		const base = lowRespondent();
		// phase_criteria is only asked when phases are operated or trialled
		const withHidden = {
			...base,
			phase_criteria: 'period_only',
			touch_activities: 'documented_all'
		};
		expect(score(content, withHidden)).toEqual(score(content, base));
	});

	it('rejects invalid answer sets with a reason for each problem', () => {
		const answers: AnswerMap = {
			...lowRespondent(),
			phase_operation: 'sometimes',
			made_up: 'x',
			tools_used: ['none', 'customer_data']
		};
		delete answers.cs_budget;
		const problems = checkAnswerSet(content, '1999.1', answers);
		expect(problems).toEqual(
			expect.arrayContaining([
				{ kind: 'version', expected: content.version, received: '1999.1' },
				{ kind: 'unknown_question', questionId: 'made_up' },
				{
					kind: 'invalid_answer',
					questionId: 'phase_operation',
					problem: expect.objectContaining({ kind: 'unknown_option', optionIds: ['sometimes'] })
				},
				{
					kind: 'invalid_answer',
					questionId: 'tools_used',
					problem: { kind: 'exclusive_conflict', optionId: 'none' }
				},
				{ kind: 'missing_required', questionId: 'cs_budget' }
			])
		);
		// an invalid answer is not reported a second time as missing
		expect(problems).toHaveLength(5);
	});
});

// ---------------------------------------------------------------------------
// Properties over complete answer sets generated from the real question bank.

const questions = allQuestions(content);

/** Builds a complete answer set from random choices, following skip logic in asking order. */
const completeAnswers = fc
	.array(fc.nat(), { minLength: questions.length * 2, maxLength: questions.length * 2 })
	.map((choices) => {
		const answers: AnswerMap = {};
		questions.forEach((question, index) => {
			if (!isVisible(question, answers)) return;
			const pick = choices[index * 2]!;
			const ids = question.options.map((option) => option.id);
			if (question.type !== 'multi') {
				answers[question.id] = ids[pick % ids.length]!;
				return;
			}
			const exclusive = question.options.filter((option) => option.exclusive);
			if (exclusive.length && pick % 4 === 0) {
				answers[question.id] = [exclusive[pick % exclusive.length]!.id];
				return;
			}
			const regular = question.options.filter((option) => !option.exclusive).map((o) => o.id);
			const mask = (choices[index * 2 + 1]! % (2 ** regular.length - 1)) + 1;
			answers[question.id] = regular.filter((_, bit) => mask & (1 << bit));
		});
		return answers;
	});

describe('properties', () => {
	it('is deterministic and bounded', () => {
		fc.assert(
			fc.property(completeAnswers, (answers) => {
				const first = score(content, answers);
				expect(score(content, structuredClone(answers))).toEqual(first);
				expect(first.pattern.percent).toBeGreaterThan(0);
				expect(first.pattern.percent).toBeLessThan(100);
				expect(first.overall.score).toBeGreaterThanOrEqual(0);
				expect(first.overall.score).toBeLessThanOrEqual(100);
				expect(checkAnswerSet(content, content.version, answers)).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});

	it('never lowers the pattern match when one answer moves to an option with a higher likelihood ratio', () => {
		const withLikelihood = questions.filter((question) => question.likelihood);
		fc.assert(
			fc.property(completeAnswers, fc.nat(), fc.nat(), (answers, which, to) => {
				const before = score(content, answers);
				const used = before.pattern.contributions;
				if (used.length === 0) return;
				const contribution = used[which % used.length]!;
				const question = withLikelihood.find((q) => q.id === contribution.questionId)!;
				const better = question.likelihood!.groups.filter(
					(group) =>
						content.figures[group.felt]!.value / content.figures[group.notFelt]!.value >
						contribution.likelihoodRatio
				);
				if (better.length === 0) return;
				const group = better[to % better.length]!;
				const option = group.options[to % group.options.length]!;
				const moved = { ...answers, [question.id]: question.type === 'multi' ? [option] : option };
				expect(score(content, moved).pattern.percent).toBeGreaterThanOrEqual(
					before.pattern.percent - 1e-9
				);
			}),
			{ numRuns: 500 }
		);
	});
});
