/**
 * The JSON download: an answers file (`npm run score`, the app's import) that also records when
 * it was made, the benchmark edition and the result at that time. Re-importing and re-scoring it
 * with the same content gives the same result; `result` is only a record for comparisons.
 */
import type { Content } from '../../content/validate.ts';
import { benchmarkEdition } from '../report.ts';
import type { AnswersFile, ExportedResult } from '../schema.ts';
import type { ScoreResult } from '../scoring.ts';

export function exportedResult(result: ScoreResult): ExportedResult {
	return {
		overall: { score: result.overall.score, level: result.overall.level.level },
		patternMatch: result.pattern.percent,
		priorPercent: result.pattern.priorPercent,
		dimensions: result.dimensions.map((dimension) => ({
			id: dimension.id,
			score: dimension.score,
			level: dimension.level?.level ?? null,
			questions: dimension.questions.map((item) => ({
				questionId: item.questionId,
				points: item.points,
				basis: item.basis
			}))
		})),
		contributions: result.pattern.contributions.map((item) => ({
			questionId: item.questionId,
			options: item.options,
			felt: item.felt.id,
			notFelt: item.notFelt.id,
			likelihoodRatio: item.likelihoodRatio,
			effect: item.effect
		})),
		recommendations: result.recommendations.map((item) => ({
			id: item.recommendation.id,
			question: item.recommendation.question,
			patternGain: item.patternGain,
			maturityGain: item.maturityGain
		}))
	};
}

export function answersFileFor(content: Content, result: ScoreResult, date: Date): AnswersFile {
	return {
		questionSet: result.questionSet,
		answers: result.answers,
		benchmarkEdition: benchmarkEdition(content),
		exportedAt: date.toISOString(),
		result: exportedResult(result)
	};
}

export function reportToJson(content: Content, result: ScoreResult, date: Date): string {
	return JSON.stringify(answersFileFor(content, result, date), null, 2) + '\n';
}
