/**
 * The question set in two parts: what the questionnaire needs (QuizQuestionSet: the quiz pages
 * ship only this, as virtual:questions), and per question what scores it (its SCORING_FIELDS and
 * each option's points), which virtual:content joins back for the results. Pure; its imports are
 * relative so the Vite plugin can load it.
 */
import type { QuestionSet, QuizQuestionSet } from './validate.ts';
import { SCORING_FIELDS, type Question } from '../domain/schema.ts';

/** Per question id: its scoring fields, and per option (in order) its points, if any. */
export type Scoring = Record<
	string,
	{
		fields: Partial<Pick<Question, (typeof SCORING_FIELDS)[number]>>;
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
				const { fields, options } = scoring[question.id]!;
				return {
					...question,
					...fields,
					benchmarks: fields.benchmarks ?? [],
					options: question.options.map((option, index) => ({ ...option, ...options[index] }))
				};
			})
		}))
	};
}
