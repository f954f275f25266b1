/**
 * The scoring engine: deterministic, plain TypeScript, shared by the browser, the server and the
 * CLI. It takes a validated Content and a set of answers and computes
 *  1. the pattern match with effect-felt companies (a likelihood-ratio model on the survey prior,
 *     corrected for correlated answers),
 *  2. maturity per dimension and overall (0–100, five levels),
 *  3. the position against every benchmark figure linked to an answered question,
 *  4. recommendations ranked by how much they would raise the pattern match.
 * See /methodology (src/routes/methodology) for the explanation shown to users.
 */
import type { Content, SourcedFigure } from '../content/validate.ts';
import { levelFor, type Level } from './levels.ts';
import {
	allQuestions,
	chosen,
	conditionHolds,
	normaliseAnswers,
	toggleOption,
	type LocatedQuestion
} from './questionnaire.ts';
import type { AnswerMap, DimensionId, LocalizedText, Question, Recommendation } from './schema.ts';

/**
 * The prior: 2025 Virtualex survey, 494 effect-felt of 839 respondents running CS.
 * Kept in code because it is the model's anchor; the figures' segments carry the same n.
 */
export const PRIOR = { feltSegment: 'vx2025_felt', notFeltSegment: 'vx2025_not_felt' } as const;

/**
 * Answers are correlated (a company that runs phases usually also has health scores and tools),
 * so multiplying their likelihood ratios would count the same signal several times. The log
 * ratios are therefore sorted by strength and discounted geometrically: the strongest counts
 * fully, the next by DISCOUNT, the next by DISCOUNT², and so on. Consequences, all tested:
 * - with a single answer the result is exactly the survey's own share for that answer;
 * - the combined evidence is at most 1 / (1 − DISCOUNT) = 2 times the strongest single answer;
 * - moving any answer to one with a higher likelihood ratio never lowers the result, adding
 *   favourable evidence never lowers it, and adding unfavourable evidence never raises it.
 */
export const DISCOUNT = 0.5;

export interface Contribution {
	questionId: string;
	dimension: DimensionId;
	/** The options of the user's answer that the evidence group covers. */
	options: string[];
	felt: SourcedFigure;
	notFelt: SourcedFigure;
	likelihoodRatio: number;
	/** Share of effect-felt companies among those who answered like this (this answer alone). */
	aloneShare: number;
	/** Change of the pattern match, in percentage points, if this answer were left out. */
	effect: number;
}

export interface PatternMatch {
	/** Probability (0–100) that a surveyed company answering like this felt CS is effective. */
	percent: number;
	priorPercent: number;
	priorFelt: number;
	priorTotal: number;
	/** The weight each contribution received, in the order of `contributions`. */
	weights: number[];
	contributions: Contribution[];
}

export interface QuestionScore {
	questionId: string;
	points: number;
	basis: 'evidence' | 'rubric';
}

export interface DimensionScore {
	id: DimensionId;
	title: LocalizedText;
	/** 0–100, or null when none of the dimension's scored questions was answered. */
	score: number | null;
	level: Level | null;
	questions: QuestionScore[];
}

export interface Position {
	questionId: string;
	figure: SourcedFigure;
	segmentLabel: LocalizedText;
	n: number | null;
	/** Whether the figure counts the user's own answer. */
	isYourAnswer: boolean;
	/** For JCSA SaaS / non-SaaS figures: whether the segment is the user's own. */
	isYourSegment: boolean | null;
}

export interface RankedRecommendation {
	recommendation: Recommendation;
	/** Percentage points the pattern match would gain with the target answer. */
	patternGain: number;
	/** Points the overall maturity would gain with the target answer. */
	maturityGain: number;
	evidence: SourcedFigure[];
}

export interface ScoreResult {
	questionSet: string;
	answers: AnswerMap;
	pattern: PatternMatch;
	dimensions: DimensionScore[];
	overall: { score: number; level: Level };
	positions: Position[];
	recommendations: RankedRecommendation[];
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const round1 = (value: number) => Math.round(value * 10) / 10;

function prior(content: Content) {
	const felt = content.segments[PRIOR.feltSegment]?.n;
	const notFelt = content.segments[PRIOR.notFeltSegment]?.n;
	if (!felt || !notFelt) {
		throw new Error(
			`The prior segments ${PRIOR.feltSegment} and ${PRIOR.notFeltSegment} need an n in questions/benchmarks`
		);
	}
	return { felt, total: felt + notFelt };
}

interface Evidence extends Omit<Contribution, 'aloneShare' | 'effect'> {
	logRatio: number;
}

function collectEvidence(content: Content, answers: AnswerMap): Evidence[] {
	const evidence: Evidence[] = [];
	for (const question of allQuestions(content)) {
		const given = chosen(answers[question.id]);
		const likelihood = question.likelihood;
		if (!likelihood || given.length === 0) continue;
		if (likelihood.when && !conditionHolds(likelihood.when, answers)) continue;
		// Multiple choice: the first group that covers a chosen option speaks for the answer.
		const group = likelihood.groups.find((candidate) =>
			candidate.options.some((optionId) => given.includes(optionId))
		);
		if (!group) continue;
		const felt = content.figures[group.felt]!;
		const notFelt = content.figures[group.notFelt]!;
		const likelihoodRatio = felt.value / notFelt.value;
		evidence.push({
			questionId: question.id,
			dimension: question.dimension,
			options: group.options.filter((optionId) => given.includes(optionId)),
			felt,
			notFelt,
			likelihoodRatio,
			logRatio: Math.log(likelihoodRatio)
		});
	}
	return evidence;
}

/** Discount weights for log ratios: DISCOUNT to the power of each one's strength rank. */
function discountWeights(logRatios: number[]): number[] {
	const byStrength = logRatios
		.map((value, index) => ({ value, index }))
		.sort((a, b) => Math.abs(b.value) - Math.abs(a.value) || a.index - b.index);
	const weights = new Array<number>(logRatios.length);
	byStrength.forEach((item, rank) => (weights[item.index] = DISCOUNT ** rank));
	return weights;
}

function combine(priorShare: number, logRatios: number[]) {
	const weights = discountWeights(logRatios);
	const evidence = logRatios.reduce((total, value, index) => total + weights[index]! * value, 0);
	return { percent: 100 * sigmoid(logit(priorShare) + evidence), weights };
}

export function patternMatch(content: Content, answers: AnswerMap): PatternMatch {
	const { felt, total } = prior(content);
	const priorShare = felt / total;
	const evidence = collectEvidence(content, answers);
	const logRatios = evidence.map((item) => item.logRatio);
	const { percent, weights } = combine(priorShare, logRatios);
	const contributions = evidence.map(({ logRatio, ...item }, index) => ({
		...item,
		aloneShare: combine(priorShare, [logRatio]).percent,
		effect: percent - combine(priorShare, logRatios.toSpliced(index, 1)).percent
	}));
	return {
		percent,
		priorPercent: 100 * priorShare,
		priorFelt: felt,
		priorTotal: total,
		weights,
		contributions
	};
}

function questionPoints(
	question: LocatedQuestion<Question>,
	answers: AnswerMap
): number | undefined {
	const given = chosen(answers[question.id]);
	const points = question.options
		.filter((option) => given.includes(option.id))
		.map((option) => option.points)
		.filter((value): value is number => value !== undefined);
	if (points.length === 0) return undefined;
	if (question.pointsRule === 'sum')
		return Math.min(
			100,
			points.reduce((a, b) => a + b, 0)
		);
	return Math.max(...points);
}

export function maturity(content: Content, answers: AnswerMap) {
	const questions = allQuestions(content);
	const dimensions: DimensionScore[] = content.dimensions
		.filter((dimension) => dimension.scored)
		.map((dimension) => {
			const scored = questions
				.filter((question) => question.dimension === dimension.id && question.pointsBasis)
				.flatMap((question) => {
					const points = questionPoints(question, answers);
					return points === undefined
						? []
						: [{ questionId: question.id, points, basis: question.pointsBasis! }];
				});
			const score = scored.length
				? round1(scored.reduce((total, item) => total + item.points, 0) / scored.length)
				: null;
			return {
				id: dimension.id,
				title: dimension.title,
				score,
				level: score === null ? null : levelFor(score),
				questions: scored
			};
		});
	const withScore = dimensions.filter((dimension) => dimension.score !== null);
	const overallScore = withScore.length
		? round1(withScore.reduce((total, dimension) => total + dimension.score!, 0) / withScore.length)
		: 0;
	return { dimensions, overall: { score: overallScore, level: levelFor(overallScore) } };
}

/** The JCSA segment that matches the user's business model, when they said. */
const SAAS_SEGMENTS: Record<string, { saas: boolean }> = {
	jcsa2025_saas: { saas: true },
	jcsa2025_non_saas: { saas: false }
};

export function positions(content: Content, answers: AnswerMap): Position[] {
	const businessModel = chosen(answers.business_model)[0];
	const isSaas = businessModel === undefined ? undefined : businessModel === 'saas';
	return allQuestions(content).flatMap((question) => {
		const given = chosen(answers[question.id]);
		if (given.length === 0) return [];
		return question.benchmarks.map((figureId) => {
			const figure = content.figures[figureId]!;
			const segment = content.segments[figure.segment]!;
			const saasSegment = SAAS_SEGMENTS[figure.segment];
			return {
				questionId: question.id,
				figure,
				segmentLabel: segment.label,
				n: segment.n,
				isYourAnswer:
					figure.counts?.question === question.id &&
					figure.counts.options.some((optionId) => given.includes(optionId)),
				isYourSegment: saasSegment && isSaas !== undefined ? saasSegment.saas === isSaas : null
			};
		});
	});
}

/** The answers with one question moved to the recommended option (follow-ups settle again). */
function withTarget(content: Content, answers: AnswerMap, recommendation: Recommendation) {
	const question = allQuestions(content).find((item) => item.id === recommendation.question)!;
	const current = answers[question.id];
	const next =
		question.type === 'multi'
			? toggleOption(question, current, recommendation.target)
			: recommendation.target;
	return normaliseAnswers(content, { ...answers, [question.id]: next! }).answers;
}

export function recommend(
	content: Content,
	answers: AnswerMap,
	base = {
		pattern: patternMatch(content, answers).percent,
		overall: maturity(content, answers).overall.score
	}
): RankedRecommendation[] {
	const applicable = content.recommendations.filter((recommendation) => {
		const given = chosen(answers[recommendation.question]);
		// Never advise what the user already does.
		return (
			given.some((optionId) => recommendation.whenAnswer.includes(optionId)) &&
			!given.includes(recommendation.target)
		);
	});
	// Sorting is stable, so equal gains keep the authored order.
	return applicable
		.map((recommendation) => {
			const changed = withTarget(content, answers, recommendation);
			return {
				recommendation,
				patternGain: round1(patternMatch(content, changed).percent - base.pattern),
				maturityGain: round1(maturity(content, changed).overall.score - base.overall),
				evidence: recommendation.evidence.map((figureId) => content.figures[figureId]!)
			};
		})
		.sort((a, b) => b.patternGain - a.patternGain || b.maturityGain - a.maturityGain);
}

/**
 * Scores a set of answers. The answers are normalised first: unknown questions, invalid options
 * and answers to questions hidden by skip logic are ignored.
 */
export function score(content: Content, rawAnswers: AnswerMap): ScoreResult {
	const { answers } = normaliseAnswers(content, rawAnswers);
	const pattern = patternMatch(content, answers);
	const { dimensions, overall } = maturity(content, answers);
	return {
		questionSet: content.version,
		answers,
		pattern,
		dimensions,
		overall,
		positions: positions(content, answers),
		recommendations: recommend(content, answers, {
			pattern: pattern.percent,
			overall: overall.score
		})
	};
}
