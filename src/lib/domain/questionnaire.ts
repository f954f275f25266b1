/**
 * The questionnaire engine: which questions are shown, what a valid answer is, and how stored or
 * imported answers are brought back in line with the current question set. No Svelte, no Kit.
 */
import type { Dimension, QuizQuestionSet } from '../content/validate.ts';
import type { AnswerConflict, AnswerMap, AnswerValue, QuizQuestion } from './schema.ts';

/**
 * A question with the dimension it is asked in. The engine needs only what the questionnaire
 * sees (QuizQuestion); given the whole content, it hands back whole questions.
 */
export type LocatedQuestion<Q extends QuizQuestion = QuizQuestion> = Q & {
	dimension: Dimension['id'];
};

/** The kind of question a set holds: whole ones in the content, quiz ones in virtual:questions. */
type QuestionOf<S extends QuizQuestionSet> = S['dimensions'][number]['questions'][number];

export function allQuestions<S extends QuizQuestionSet>(set: S): LocatedQuestion<QuestionOf<S>>[] {
	return set.dimensions.flatMap((dimension) =>
		dimension.questions.map((question) => ({ ...question, dimension: dimension.id }))
	);
}

export function findQuestion<S extends QuizQuestionSet>(
	set: S,
	questionId: string
): LocatedQuestion<QuestionOf<S>> | undefined {
	return allQuestions(set).find((question) => question.id === questionId);
}

/** The chosen option ids of an answer, whatever its shape. */
export function chosen(value: AnswerValue | undefined): string[] {
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

/** Whether an earlier answer includes one of the condition's options. */
export function conditionHolds(
	condition: { question: string; anyOf: string[] },
	answers: AnswerMap
): boolean {
	return chosen(answers[condition.question]).some((optionId) => condition.anyOf.includes(optionId));
}

/**
 * Whether a question is shown, given answers that are already normalised (so a hidden parent
 * has no answer, and its follow-ups are hidden too).
 */
export function isVisible(question: QuizQuestion, answers: AnswerMap): boolean {
	return !question.showIf || conditionHolds(question.showIf, answers);
}

/** Two answers the question files say do not fit together: `question`'s and the earlier one's. */
export interface AnswerConflictFound {
	question: LocatedQuestion;
	earlier: LocatedQuestion;
	note: AnswerConflict['note'];
}

/**
 * The answers that do not fit an earlier answer, in asking order. Only shown questions count: a
 * hidden follow-up's old answer is not the user's answer any more.
 */
export function answerConflicts(set: QuizQuestionSet, answers: AnswerMap): AnswerConflictFound[] {
	const { answers: kept } = normaliseAnswers(set, answers);
	const questions = allQuestions(set);
	return visibleQuestions(set, kept).flatMap((question) =>
		question.conflicts
			.filter(
				(conflict) =>
					conditionHolds({ question: question.id, anyOf: conflict.options }, kept) &&
					conditionHolds(conflict.with, kept)
			)
			.map((conflict) => ({
				question,
				earlier: questions.find((candidate) => candidate.id === conflict.with.question)!,
				note: conflict.note
			}))
	);
}

export type AnswerProblem =
	/** Every option id the question does not have, in the answer's order. */
	| { kind: 'unknown_option'; optionIds: string[]; known: string[] }
	| { kind: 'not_a_list' }
	| { kind: 'not_single' }
	| { kind: 'duplicate_option'; optionId: string }
	| { kind: 'exclusive_conflict'; optionId: string };

/** What is wrong with one answer to one question, or undefined when it is valid. */
export function checkAnswer(question: QuizQuestion, value: AnswerValue): AnswerProblem | undefined {
	const optionIds = new Set(question.options.map((option) => option.id));
	if (question.type === 'multi') {
		if (!Array.isArray(value)) return { kind: 'not_a_list' };
	} else if (Array.isArray(value)) {
		return { kind: 'not_single' };
	}
	const ids = chosen(value);
	const unknown = [...new Set(ids.filter((optionId) => !optionIds.has(optionId)))];
	if (unknown.length > 0)
		return { kind: 'unknown_option', optionIds: unknown, known: [...optionIds] };
	const seen = new Set<string>();
	for (const optionId of ids) {
		if (seen.has(optionId)) return { kind: 'duplicate_option', optionId };
		seen.add(optionId);
	}
	const exclusive = question.options.find((option) => option.exclusive && ids.includes(option.id));
	if (exclusive && ids.length > 1) return { kind: 'exclusive_conflict', optionId: exclusive.id };
	return undefined;
}

export type DropReason = 'unknown_question' | 'hidden' | 'invalid';

export interface Normalised {
	answers: AnswerMap;
	dropped: { questionId: string; reason: DropReason; problem?: AnswerProblem }[];
}

/**
 * Keeps the answers that still fit: known questions, valid options, and only questions that are
 * shown given the other kept answers. Hidden questions' answers are discarded, never scored.
 */
export function normaliseAnswers(set: QuizQuestionSet, answers: AnswerMap): Normalised {
	const kept: AnswerMap = {};
	const dropped: Normalised['dropped'] = [];
	const questions = allQuestions(set);
	const known = new Set(questions.map((question) => question.id));
	for (const questionId of Object.keys(answers)) {
		if (!known.has(questionId)) dropped.push({ questionId, reason: 'unknown_question' });
	}
	// Conditions only point backwards, so one pass in asking order settles visibility.
	for (const question of questions) {
		const value = answers[question.id];
		if (value === undefined) continue;
		const problem = checkAnswer(question, value);
		if (problem) {
			dropped.push({ questionId: question.id, reason: 'invalid', problem });
		} else if (!isVisible(question, kept)) {
			dropped.push({ questionId: question.id, reason: 'hidden' });
		} else {
			kept[question.id] = Array.isArray(value) ? [...value] : value;
		}
	}
	return { answers: kept, dropped };
}

/** The questions shown for the given (normalised) answers, in asking order. */
export function visibleQuestions<S extends QuizQuestionSet>(
	set: S,
	answers: AnswerMap
): LocatedQuestion<QuestionOf<S>>[] {
	const { answers: kept } = normaliseAnswers(set, answers);
	return allQuestions(set).filter((question) => isVisible(question, kept));
}

/** Visible required questions without an answer, in asking order. */
export function missingRequired<S extends QuizQuestionSet>(
	set: S,
	answers: AnswerMap,
	dimension?: Dimension['id']
): LocatedQuestion<QuestionOf<S>>[] {
	const { answers: kept } = normaliseAnswers(set, answers);
	return visibleQuestions(set, kept).filter(
		(question) =>
			question.required &&
			kept[question.id] === undefined &&
			(dimension === undefined || question.dimension === dimension)
	);
}

export function progress(set: QuizQuestionSet, answers: AnswerMap) {
	const { answers: kept } = normaliseAnswers(set, answers);
	const shown = visibleQuestions(set, kept);
	return {
		answered: shown.filter((question) => kept[question.id] !== undefined).length,
		total: shown.length
	};
}

export function isComplete(set: QuizQuestionSet, answers: AnswerMap): boolean {
	return missingRequired(set, answers).length === 0;
}

/**
 * The answer after the user clicks an option of a multiple-choice question: an exclusive option
 * clears the others, any other option clears the exclusive ones. Returns undefined when nothing
 * is left chosen.
 */
export function toggleOption(
	question: QuizQuestion,
	current: AnswerValue | undefined,
	optionId: string
): AnswerValue | undefined {
	if (question.type !== 'multi') return optionId;
	const selected = chosen(current);
	if (selected.includes(optionId)) {
		const rest = selected.filter((id) => id !== optionId);
		return rest.length ? rest : undefined;
	}
	const option = question.options.find((candidate) => candidate.id === optionId);
	if (option?.exclusive) return [optionId];
	const exclusiveIds = new Set(
		question.options.filter((candidate) => candidate.exclusive).map((candidate) => candidate.id)
	);
	// Keep the options in the order the question lists them.
	const next = new Set([...selected.filter((id) => !exclusiveIds.has(id)), optionId]);
	return question.options.map((candidate) => candidate.id).filter((id) => next.has(id));
}

export type AnswersFileProblem =
	| { kind: 'version'; expected: string; received: string }
	| { kind: 'unknown_question'; questionId: string }
	| { kind: 'invalid_answer'; questionId: string; problem: AnswerProblem }
	| { kind: 'hidden_answered'; questionId: string }
	| { kind: 'missing_required'; questionId: string };

/**
 * Strict check of a complete answer set (CLI, endpoint): every problem, none silently dropped.
 */
export function checkAnswerSet(
	set: QuizQuestionSet,
	questionSet: string,
	answers: AnswerMap
): AnswersFileProblem[] {
	const problems: AnswersFileProblem[] = [];
	if (questionSet !== set.version) {
		problems.push({ kind: 'version', expected: set.version, received: questionSet });
	}
	const normalised = normaliseAnswers(set, answers);
	for (const drop of normalised.dropped) {
		if (drop.reason === 'unknown_question') {
			problems.push({ kind: 'unknown_question', questionId: drop.questionId });
		} else if (drop.reason === 'invalid' && drop.problem) {
			problems.push({ kind: 'invalid_answer', questionId: drop.questionId, problem: drop.problem });
		} else if (drop.reason === 'hidden') {
			problems.push({ kind: 'hidden_answered', questionId: drop.questionId });
		}
	}
	// An invalid answer is reported once, as invalid, not again as missing.
	const invalid = new Set(
		normalised.dropped.filter((drop) => drop.reason === 'invalid').map((drop) => drop.questionId)
	);
	for (const question of missingRequired(set, normalised.answers)) {
		if (!invalid.has(question.id)) {
			problems.push({ kind: 'missing_required', questionId: question.id });
		}
	}
	return problems;
}

/** A plain-English line for a problem, for the CLI and API error bodies. */
export function describeProblem(problem: AnswersFileProblem): string {
	switch (problem.kind) {
		case 'version':
			return `questionSet is "${problem.received}" but this question set is "${problem.expected}" — re-export the answers from the current app, or set "questionSet": "${problem.expected}" if the answers still apply`;
		case 'unknown_question':
			return `answers.${problem.questionId}: unknown question — remove it or check the spelling`;
		case 'hidden_answered':
			return `answers.${problem.questionId}: this question is not shown for the other answers (its condition is not met) — remove it`;
		case 'missing_required':
			return `answers.${problem.questionId}: required answer is missing`;
		case 'invalid_answer': {
			const p = problem.problem;
			const at = `answers.${problem.questionId}`;
			switch (p.kind) {
				case 'unknown_option': {
					const listed = p.optionIds.map((optionId) => `"${optionId}"`).join(', ');
					const noun = p.optionIds.length === 1 ? 'option' : 'options';
					return `${at}: unknown ${noun} ${listed} (options: ${p.known.join(', ')})`;
				}
				case 'not_a_list':
					return `${at}: multiple choice — give a list of option ids, e.g. ["option_a", "option_b"]`;
				case 'not_single':
					return `${at}: single choice — give one option id, not a list`;
				case 'duplicate_option':
					return `${at}: option "${p.optionId}" is listed twice`;
				case 'exclusive_conflict':
					return `${at}: option "${p.optionId}" cannot be combined with other options`;
			}
		}
	}
}

export interface DimensionStep {
	id: Dimension['id'];
	title: Dimension['title'];
	/** Visible questions of the dimension with an answer. */
	answered: number;
	/** Visible questions of the dimension. */
	total: number;
	/** No visible required question of the dimension is left unanswered. */
	complete: boolean;
}

/** Each dimension's progress, in asking order, for the step list and the review page. */
export function dimensionSteps(set: QuizQuestionSet, answers: AnswerMap): DimensionStep[] {
	const { answers: kept } = normaliseAnswers(set, answers);
	const shown = visibleQuestions(set, kept);
	return set.dimensions.map((dimension) => {
		const own = shown.filter((question) => question.dimension === dimension.id);
		const unanswered = own.filter((question) => kept[question.id] === undefined);
		return {
			id: dimension.id,
			title: dimension.title,
			answered: own.length - unanswered.length,
			total: own.length,
			complete: !unanswered.some((question) => question.required)
		};
	});
}

/** The dimensions before and after this one, for Back and Next. */
export function neighbours(
	set: QuizQuestionSet,
	dimension: Dimension['id']
): { previous?: Dimension['id']; next?: Dimension['id'] } {
	const index = set.dimensions.findIndex((candidate) => candidate.id === dimension);
	if (index < 0) return {};
	return { previous: set.dimensions[index - 1]?.id, next: set.dimensions[index + 1]?.id };
}

/**
 * Where a returning user picks up: the first dimension with a required question left open, or
 * undefined when everything required is answered (the review page is next).
 */
export function resumeDimension(
	set: QuizQuestionSet,
	answers: AnswerMap
): Dimension['id'] | undefined {
	return missingRequired(set, answers)[0]?.dimension;
}
