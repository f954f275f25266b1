/**
 * fast-check generators of answer sets drawn from a real question set, for the share-link and
 * import specs. Test support only: nothing in the app imports it.
 */
import fc from 'fast-check';
import type { QuizQuestionSet } from '../content/validate.ts';
import { allQuestions, normaliseAnswers } from './questionnaire.ts';
import type { AnswerMap, AnswerValue, QuizQuestion } from './schema.ts';

/** One valid answer to a question: an exclusive option alone, or any non-exclusive ones. */
export function validAnswer(question: QuizQuestion): fc.Arbitrary<AnswerValue> {
	const ids = question.options.map((option) => option.id);
	if (question.type !== 'multi') return fc.constantFrom(...ids);
	const exclusive = question.options.filter((option) => option.exclusive).map((o) => o.id);
	const others = ids.filter((id) => !exclusive.includes(id));
	const combinations = fc
		.subarray(others, { minLength: Math.min(1, others.length) })
		.map((chosen) => ids.filter((id) => chosen.includes(id)));
	if (exclusive.length === 0) return combinations;
	const alone = fc.constantFrom(...exclusive.map((id) => [id]));
	return others.length ? fc.oneof(combinations, alone) : alone;
}

/**
 * A complete answer set: every question answered, then normalised, so exactly the questions
 * shown for these answers keep theirs (follow-ups of a "no" answer disappear).
 */
export function completeAnswers(set: QuizQuestionSet): fc.Arbitrary<AnswerMap> {
	return fc
		.record(
			Object.fromEntries(
				allQuestions(set).map((question) => [question.id, validAnswer(question)])
			) as Record<string, fc.Arbitrary<AnswerValue>>
		)
		.map((answers) => normaliseAnswers(set, answers).answers);
}

/** Some questions answered, some not (an unfinished questionnaire). */
export function partialAnswers(set: QuizQuestionSet): fc.Arbitrary<AnswerMap> {
	return (
		fc
			.record(
				Object.fromEntries(
					allQuestions(set).map((question) => [question.id, validAnswer(question)])
				) as Record<string, fc.Arbitrary<AnswerValue>>,
				{ requiredKeys: [] }
			)
			// Keys left out are absent, not undefined.
			.map((answers) => normaliseAnswers(set, answers as AnswerMap).answers)
	);
}
