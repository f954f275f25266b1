/**
 * The question set in two parts: what the questionnaire needs (QuizQuestionSet: the quiz pages
 * ship only this, as virtual:questions), and per question what scores it (its SCORING_FIELDS and
 * each option's points), which virtual:content joins back for the results. Pure; its imports are
 * relative so the Vite plugin can load it.
 */
import type { QuestionSet, QuizQuestionSet } from './validate.ts';
import type { Question, SCORING_FIELDS } from '../domain/schema.ts';

/** Per question id: its scoring fields, and per option (in order) its points, if any. */
export type Scoring = Record<
	string,
	{
		// Every scoring field named: a field added to SCORING_FIELDS and not split off here fails
		// the type check (optional ones may be absent after JSON).
		fields: Pick<Question, (typeof SCORING_FIELDS)[number]>;
		options: { points?: number }[];
	}
>;

export function splitScoring({ version, dimensions }: QuestionSet): {
	quiz: QuizQuestionSet;
	scoring: Scoring;
} {
	const scoring: Scoring = {};
	const quiz = {
		version,
		dimensions: dimensions.map((dimension) => ({
			...dimension,
			questions: dimension.questions.map((question) => {
				const { benchmarks, likelihood, pointsBasis, pointsRule, ...rest } = question;
				scoring[question.id] = {
					fields: { benchmarks, likelihood, pointsBasis, pointsRule },
					options: question.options.map(({ points }) => (points === undefined ? {} : { points }))
				};
				return {
					...rest,
					options: question.options.map((option) => {
						const quizOption = { ...option };
						delete quizOption.points;
						return quizOption;
					})
				};
			})
		}))
	};
	return { quiz, scoring };
}

export function joinScoring(quiz: QuizQuestionSet, scoring: Scoring): QuestionSet {
	return {
		...quiz,
		dimensions: quiz.dimensions.map((dimension) => ({
			...dimension,
			questions: dimension.questions.map((question) => {
				const split = scoring[question.id];
				if (!split) throw new Error(`virtual:content: no scoring for question "${question.id}"`);
				const { fields, options } = split;
				return {
					...question,
					...fields,
					options: question.options.map((option, index) => ({ ...option, ...options[index] }))
				};
			})
		}))
	};
}
