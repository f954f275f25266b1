import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import questions from 'virtual:questions';
import {
	fullAnswers,
	highAnswers,
	lowAnswers,
	minimalAnswers,
	mixedAnswers
} from '../../../tests/helpers/answers.ts';
import type { QuestionSet } from '../content/validate.ts';
import {
	allQuestions,
	answerConflicts,
	checkAnswer,
	checkAnswerSet,
	describeProblem,
	dimensionSteps,
	findQuestion,
	isComplete,
	isVisible,
	missingRequired,
	neighbours,
	normaliseAnswers,
	progress,
	resumeDimension,
	toggleOption,
	visibleQuestions
} from './questionnaire.ts';
import type { AnswerMap, Question, QuizQuestion } from './schema.ts';

const text = (value: string) => ({ ja: value, en: value });

function question(id: string, overrides: Partial<Question> = {}): Question {
	return {
		id,
		type: 'single',
		required: true,
		text: text(id),
		options: [
			{ id: 'yes', label: text('yes') },
			{ id: 'no', label: text('no') }
		],
		benchmarks: [],
		conflicts: [],
		...overrides
	};
}

/** a → b → c: b is shown when a is yes, c when b is yes; d is optional and unconditional. */
const chain: QuestionSet = {
	version: '2026.1',
	dimensions: [
		{
			id: 'context',
			title: text('Context'),
			intro: text('Context'),
			scored: false,
			questions: [question('a'), question('b', { showIf: { question: 'a', anyOf: ['yes'] } })]
		},
		{
			id: 'touch',
			title: text('Touch'),
			intro: text('Touch'),
			scored: true,
			questions: [
				question('c', { showIf: { question: 'b', anyOf: ['yes'] } }),
				question('d', { required: false })
			]
		}
	]
};

/** The answers without the given questions. */
const without = (answers: AnswerMap, ...questionIds: string[]): AnswerMap =>
	Object.fromEntries(Object.entries(answers).filter(([id]) => !questionIds.includes(id)));

const real = (id: string): QuizQuestion => {
	const found = findQuestion(questions, id);
	if (!found) throw new Error(`no question ${id} in the question bank`);
	return found;
};

describe('the question bank the browser tests rely on', () => {
	it('accepts every answer set of the test helpers without a single problem', () => {
		expect(checkAnswerSet(questions, questions.version, fullAnswers)).toEqual([]);
		expect(checkAnswerSet(questions, questions.version, minimalAnswers)).toEqual([]);
		for (const archetype of [lowAnswers, highAnswers, mixedAnswers]) {
			expect(checkAnswerSet(questions, questions.version, archetype)).toEqual([]);
		}
	});

	it('asks about 25 questions, every one answered in the full set', () => {
		expect(allQuestions(questions)).toHaveLength(25);
		expect(progress(questions, fullAnswers)).toEqual({ answered: 25, total: 25 });
	});
});

describe('skip logic', () => {
	it('shows phase criteria only when phases are operated or trialled', () => {
		const criteria = real('phase_criteria');
		expect(isVisible(criteria, {})).toBe(false);
		expect(isVisible(criteria, { phase_operation: 'operating' })).toBe(true);
		expect(isVisible(criteria, { phase_operation: 'trial' })).toBe(true);
		expect(isVisible(criteria, { phase_operation: 'not_operating' })).toBe(false);
		expect(isVisible(criteria, { phase_operation: 'unknown' })).toBe(false);
	});

	it('shows a follow-up of a multiple-choice question when any listed option is chosen', () => {
		const measured = real('kpis_measured');
		expect(isVisible(measured, { kpis_set: ['nps'] })).toBe(true);
		expect(isVisible(measured, { kpis_set: ['none'] })).toBe(false);
	});

	it('lists the visible questions in asking order, fewer on the minimal path', () => {
		const ids = visibleQuestions(questions, fullAnswers).map((q) => q.id);
		expect(ids).toEqual(allQuestions(questions).map((q) => q.id));
		expect(visibleQuestions(questions, minimalAnswers)).toHaveLength(18);
	});

	it('hides a whole chain when its first condition stops holding', () => {
		const answers = { a: 'yes', b: 'yes', c: 'no' };
		expect(visibleQuestions(chain, answers).map((q) => q.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(visibleQuestions(chain, { ...answers, a: 'no' }).map((q) => q.id)).toEqual(['a', 'd']);
	});
});

describe('answerConflicts', () => {
	/** [question, earlier question] of each conflict found, in order. */
	const pairs = (answers: AnswerMap) =>
		answerConflicts(questions, answers).map(({ question, earlier }) => [question.id, earlier.id]);

	it('finds none in the answer sets of the test helpers', () => {
		for (const answers of [fullAnswers, minimalAnswers, lowAnswers, highAnswers, mixedAnswers]) {
			expect(pairs(answers)).toEqual([]);
		}
	});

	it('finds phases split by a health score that the company says it does not have', () => {
		for (const health of ['informal', 'not_tracked']) {
			const answers = { ...fullAnswers, phase_criteria: 'hs_single', health_score: health };
			expect(pairs(answers)).toContainEqual(['health_score', 'phase_criteria']);
			const [found] = answerConflicts(questions, answers);
			expect(found!.note.ja).toContain('ヘルススコアは定義していない');
			expect(found!.note.en).toMatch(/no health score/);
		}
		expect(
			pairs({ ...fullAnswers, phase_criteria: 'period_only', health_score: 'not_tracked' })
		).toEqual([]);
	});

	it('ignores the old answer of a question that is hidden now', () => {
		const answers = {
			...fullAnswers,
			phase_operation: 'not_operating',
			phase_criteria: 'hs_composite',
			health_score: 'not_tracked'
		};
		expect(pairs(answers)).toEqual([]);
	});

	it('lists every conflict in asking order, each with both questions', () => {
		const answers = {
			...fullAnswers,
			phase_criteria: 'hs_and_period',
			health_score: 'not_tracked',
			kpis_set: ['health_score'],
			tools_used: ['health_score'],
			practices: ['customer_health']
		};
		expect(pairs(answers)).toEqual([
			['health_score', 'phase_criteria'],
			['kpis_set', 'health_score'],
			['tools_used', 'health_score'],
			['practices', 'health_score']
		]);
		// Keeping track informally is managing customer health: no conflict with that practice.
		expect(pairs({ ...answers, health_score: 'informal' })).not.toContainEqual([
			'practices',
			'health_score'
		]);
	});

	it('follows the conditions of a question set of its own', () => {
		const set: QuestionSet = {
			...chain,
			dimensions: chain.dimensions.map((dimension) => ({
				...dimension,
				questions: dimension.questions.map((item) =>
					item.id === 'd'
						? {
								...item,
								conflicts: [
									{
										options: ['yes'],
										with: { question: 'a', anyOf: ['no'] },
										note: text('d yes does not fit a no')
									}
								]
							}
						: item
				)
			}))
		};
		expect(answerConflicts(set, { a: 'no', d: 'yes' }).map((found) => found.note.en)).toEqual([
			'd yes does not fit a no'
		]);
		expect(answerConflicts(set, { a: 'yes', d: 'yes' })).toEqual([]);
		expect(answerConflicts(set, { a: 'no', d: 'no' })).toEqual([]);
	});
});

describe('normaliseAnswers', () => {
	it('keeps a valid answer set unchanged, as copies', () => {
		const { answers, dropped } = normaliseAnswers(questions, fullAnswers);
		expect(answers).toEqual(fullAnswers);
		expect(dropped).toEqual([]);
		expect(answers.kpis_set).not.toBe(fullAnswers.kpis_set);
	});

	it('drops the answers of hidden questions, never scoring them', () => {
		const { answers, dropped } = normaliseAnswers(questions, {
			...fullAnswers,
			phase_operation: 'not_operating'
		});
		expect(answers.phase_criteria).toBeUndefined();
		expect(answers.phases_defined).toBeUndefined();
		expect(answers.phase_playbooks).toBeUndefined();
		expect(answers.phase_operation).toBe('not_operating');
		expect(dropped).toEqual([
			{ questionId: 'phases_defined', reason: 'hidden' },
			{ questionId: 'phase_criteria', reason: 'hidden' },
			{ questionId: 'phase_playbooks', reason: 'hidden' }
		]);
	});

	it('drops a follow-up of a follow-up whose parent was dropped', () => {
		const { answers, dropped } = normaliseAnswers(chain, { a: 'no', b: 'yes', c: 'yes' });
		expect(answers).toEqual({ a: 'no' });
		expect(dropped.map((drop) => [drop.questionId, drop.reason])).toEqual([
			['b', 'hidden'],
			['c', 'hidden']
		]);
	});

	it('drops an invalid parent answer and with it the follow-ups that depended on it', () => {
		const { answers, dropped } = normaliseAnswers(chain, { a: 'maybe', b: 'yes' });
		expect(answers).toEqual({});
		expect(dropped).toEqual([
			{
				questionId: 'a',
				reason: 'invalid',
				problem: { kind: 'unknown_option', optionIds: ['maybe'], known: ['yes', 'no'] }
			},
			{ questionId: 'b', reason: 'hidden' }
		]);
	});

	it('drops unknown questions and unknown options', () => {
		const { answers, dropped } = normaliseAnswers(questions, {
			business_model: 'saas',
			favourite_colour: 'blue',
			company_size: 'over_9000',
			kpis_set: ['retention', 'made_up']
		});
		expect(answers).toEqual({ business_model: 'saas' });
		expect(dropped).toMatchObject([
			{ questionId: 'favourite_colour', reason: 'unknown_question' },
			{
				questionId: 'company_size',
				reason: 'invalid',
				problem: { kind: 'unknown_option', optionIds: ['over_9000'] }
			},
			{
				questionId: 'kpis_set',
				reason: 'invalid',
				problem: { kind: 'unknown_option', optionIds: ['made_up'] }
			}
		]);
	});

	it('drops an exclusive option combined with others', () => {
		const { answers, dropped } = normaliseAnswers(questions, { kpis_set: ['none', 'retention'] });
		expect(answers).toEqual({});
		expect(dropped[0]?.problem).toEqual({ kind: 'exclusive_conflict', optionId: 'none' });
	});

	it('is idempotent and only ever keeps answers a strict check accepts', () => {
		const every = allQuestions(questions);
		const anyAnswer = fc.record(
			Object.fromEntries(
				every.map((q) => {
					const ids = [...q.options.map((option) => option.id), 'stale_option'];
					const value =
						q.type === 'multi'
							? fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1 })
							: fc.constantFrom(...ids);
					return [q.id, value];
				})
			),
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(anyAnswer, (raw) => {
				const once = normaliseAnswers(questions, raw as AnswerMap);
				const twice = normaliseAnswers(questions, once.answers);
				expect(twice.answers).toEqual(once.answers);
				expect(twice.dropped).toEqual([]);
				const problems = checkAnswerSet(questions, questions.version, once.answers);
				expect(problems.every((problem) => problem.kind === 'missing_required')).toBe(true);
			})
		);
	});
});

describe('checkAnswer', () => {
	it('names what is wrong with one answer', () => {
		expect(checkAnswer(real('kpis_set'), 'retention')).toEqual({ kind: 'not_a_list' });
		expect(checkAnswer(real('business_model'), ['saas'])).toEqual({ kind: 'not_single' });
		expect(checkAnswer(real('kpis_set'), ['nrr', 'nrr'])).toEqual({
			kind: 'duplicate_option',
			optionId: 'nrr'
		});
		expect(checkAnswer(real('kpis_set'), ['nrr', 'nps'])).toBeUndefined();
	});
});

describe('toggleOption', () => {
	const kpis = real('kpis_set');

	it('adds options in the order the question lists them', () => {
		let value = toggleOption(kpis, undefined, 'nrr');
		value = toggleOption(kpis, value, 'retention');
		expect(value).toEqual(['retention', 'nrr']);
	});

	it('clears every other option when an exclusive one is chosen', () => {
		expect(toggleOption(kpis, ['retention', 'nrr'], 'none')).toEqual(['none']);
	});

	it('clears the exclusive option when another is chosen', () => {
		expect(toggleOption(kpis, ['none'], 'churn')).toEqual(['churn']);
	});

	it('unchecks a chosen option, leaving no answer when it was the last', () => {
		expect(toggleOption(kpis, ['retention', 'nrr'], 'nrr')).toEqual(['retention']);
		expect(toggleOption(kpis, ['retention'], 'retention')).toBeUndefined();
	});

	it('replaces the answer of a single-choice question', () => {
		expect(toggleOption(real('phase_operation'), 'operating', 'trial')).toBe('trial');
	});
});

describe('progress and what is missing', () => {
	it('counts only visible questions, so the total moves with follow-ups', () => {
		expect(progress(questions, {})).toEqual({ answered: 0, total: 18 });
		expect(progress(questions, { phase_operation: 'operating' })).toEqual({
			answered: 1,
			total: 21
		});
		expect(progress(questions, minimalAnswers)).toEqual({ answered: 18, total: 18 });
	});

	it('lists visible required questions left open, optionally for one dimension', () => {
		expect(missingRequired(chain, { a: 'yes' }).map((q) => q.id)).toEqual(['b']);
		expect(missingRequired(chain, { a: 'yes', b: 'yes' }, 'touch').map((q) => q.id)).toEqual(['c']);
		// d is optional: never missing.
		expect(missingRequired(chain, { a: 'no' })).toEqual([]);
		expect(isComplete(chain, { a: 'no' })).toBe(true);
	});

	it('does not count a hidden answer as given', () => {
		const answers = { ...minimalAnswers, phase_criteria: 'hs_single' };
		expect(progress(questions, answers)).toEqual({ answered: 18, total: 18 });
	});

	it('reports each dimension as a step', () => {
		const steps = dimensionSteps(questions, without(fullAnswers, 'nrr_band'));
		expect(steps.map((step) => step.id)).toEqual([
			'context',
			'touch',
			'phases',
			'kpi',
			'tools',
			'organisation'
		]);
		const kpi = steps.find((step) => step.id === 'kpi');
		expect(kpi).toMatchObject({ answered: 3, total: 4, complete: false });
		expect(steps.filter((step) => step.complete)).toHaveLength(5);
	});

	it('finds where a returning user picks up', () => {
		expect(resumeDimension(questions, {})).toBe('context');
		expect(resumeDimension(questions, without(fullAnswers, 'kpis_measured'))).toBe('kpi');
		expect(resumeDimension(questions, fullAnswers)).toBeUndefined();
	});

	it('knows the dimensions around each one', () => {
		expect(neighbours(questions, 'context')).toEqual({ previous: undefined, next: 'touch' });
		expect(neighbours(questions, 'organisation')).toEqual({
			previous: 'tools',
			next: undefined
		});
	});
});

describe('checkAnswerSet', () => {
	it('reports every problem of a file, none silently dropped', () => {
		const problems = checkAnswerSet(questions, '2025.9', {
			...without(minimalAnswers, 'cs_budget'),
			business_model: 'cloud',
			phase_criteria: 'hs_single',
			shoe_size: '42'
		});
		// The invalid business_model is reported once, as invalid, not again as missing.
		expect(problems).toMatchObject([
			{ kind: 'version', expected: questions.version, received: '2025.9' },
			{ kind: 'unknown_question', questionId: 'shoe_size' },
			{
				kind: 'invalid_answer',
				questionId: 'business_model',
				problem: { kind: 'unknown_option', optionIds: ['cloud'] }
			},
			{ kind: 'hidden_answered', questionId: 'phase_criteria' },
			{ kind: 'missing_required', questionId: 'cs_budget' }
		]);
		expect(problems).toHaveLength(5);
		for (const problem of problems) expect(describeProblem(problem)).toMatch(/\S/);
	});

	it('explains each kind of invalid answer in plain words', () => {
		const line = (answers: AnswerMap) =>
			checkAnswerSet(questions, questions.version, { ...fullAnswers, ...answers })
				.map(describeProblem)
				.join('\n');
		expect(line({ kpis_set: 'nrr' })).toContain('multiple choice — give a list');
		expect(line({ cs_team: ['dedicated_team'] })).toContain('single choice');
		expect(line({ kpis_set: ['none', 'nrr'] })).toContain('cannot be combined');
	});

	it('names every unknown option of an answer, not only the first', () => {
		const [problem] = checkAnswerSet(questions, questions.version, {
			...fullAnswers,
			kpis_set: ['churn_guess', 'nrr', 'mood', 'churn_guess']
		});
		expect(problem).toMatchObject({
			kind: 'invalid_answer',
			questionId: 'kpis_set',
			problem: { kind: 'unknown_option', optionIds: ['churn_guess', 'mood'] }
		});
		expect(describeProblem(problem!)).toMatch(
			/^answers\.kpis_set: unknown options "churn_guess", "mood" \(options: .*nrr.*\)$/
		);
	});
});
