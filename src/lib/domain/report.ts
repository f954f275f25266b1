/**
 * The report model: everything the PDF, Markdown and CSV downloads show, in one language, as plain
 * data with the numbers already formatted. Pure (no I/O, no clock: the date is passed in), so
 * every format renders exactly the same content and the model can be tested on its own.
 */
import type { Content, SourcedFigure } from '../content/validate.ts';
import { formatDate, formatNumber, formatPercent, pick, type Locale } from '../i18n/index.ts';
import { texts as reportTexts } from '../i18n/sections/report.ts';
import { LEVELS } from './levels.ts';
import { chosen, visibleQuestions } from './questionnaire.ts';
import { benchmarkEdition as editionOf } from './results-view.ts';
import type { DimensionId } from './schema.ts';
import type { ScoreResult } from './scoring.ts';

export type ReportTexts = (typeof reportTexts)['en'];

/** One survey figure as the report shows it. */
export interface ReportFigure {
	id: string;
	/** The chart or question of the document it comes from. */
	chart: string;
	/** The answer it counts, in the document's terms. */
	answer: string;
	segment: string;
	n: number | null;
	/** "n=494", or the "not given" text. */
	nText: string;
	value: number;
	valueText: string;
	sourceId: string;
	source: string;
	publisher: string;
	year: number;
	/** "Title (2025)". */
	sourceText: string;
	/** The formula of a derived figure (not printed in the document), else null. */
	formula: string | null;
	/** The figure counts the user's own answer. */
	isYourAnswer: boolean;
	/** JCSA SaaS / non-SaaS figures: whether the segment is the user's; else null. */
	isYourSegment: boolean | null;
}

export interface ReportDimension {
	id: DimensionId;
	title: string;
	score: number | null;
	scoreText: string;
	level: number | null;
	levelText: string;
}

export interface ReportRecommendation {
	rank: number;
	id: string;
	title: string;
	why: string;
	questionId: string;
	question: string;
	dimension: string;
	patternGain: number;
	maturityGain: number;
	gainText: string;
	evidence: ReportFigure[];
	steps: string[];
}

export interface ReportQuestion {
	id: string;
	text: string;
	/** Labels of the chosen options, in the question's order; empty when not answered. */
	answer: string[];
	/** The answer as one line ("Not answered" when empty). */
	answerText: string;
	/** Maturity points of the answer; null for unscored or unanswered questions. */
	points: number | null;
	shares: ReportFigure[];
}

export interface ReportQuestionGroup {
	id: DimensionId;
	title: string;
	scored: boolean;
	questions: ReportQuestion[];
}

export interface ReportSource {
	id: string;
	title: string;
	publisher: string;
	year: number;
	fieldwork: string;
	population: string;
	/** Segments of this source that figures in the report use, with their n. */
	segments: { label: string; n: number | null; nText: string }[];
	caveats: string[];
}

export interface ReportModel {
	locale: Locale;
	text: ReportTexts;
	title: string;
	subtitle: string;
	/** YYYY-MM-DD, the local date the report was made (used in file names). */
	isoDate: string;
	dateText: string;
	questionSet: string;
	/** The edition's id (jcsa2025+vx2023+vx2025), for files that record it. */
	benchmarkEdition: string;
	/** The edition as the report's header gives it: how many surveys, of which years. */
	benchmarkText: string;
	overall: {
		score: number;
		scoreText: string;
		level: number;
		levelName: string;
		levelText: string;
	};
	pattern: {
		percent: number;
		percentText: string;
		priorPercent: number;
		priorText: string;
		summary: string;
	};
	dimensions: ReportDimension[];
	recommendations: ReportRecommendation[];
	questions: ReportQuestionGroup[];
	methodology: string[];
	sources: ReportSource[];
}

/** The benchmark edition: the ids of the survey documents the content is built from. */
export function benchmarkEdition(content: Content): string {
	return editionOf(content).id;
}

/** The calendar date of `date` where the code runs (the user's day, not UTC's), as YYYY-MM-DD. */
export function isoDay(date: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The download's file name, e.g. cs-maturity-check-2026-11-23.pdf. */
export function reportFileName(date: Date, extension: 'pdf' | 'md' | 'csv' | 'json'): string {
	return `cs-maturity-check-${isoDay(date)}.${extension}`;
}

/** Scores and gains: one decimal at most, as the engine rounds them. */
function formatScore(value: number, locale: Locale): string {
	return formatNumber(Math.round(value * 10) / 10, locale);
}

/** A signed change (+3.1, −0.4), or null for none: the texts leave out what does not move. */
function formatGain(value: number, locale: Locale): string | null {
	if (value === 0) return null;
	const text = formatScore(Math.abs(value), locale);
	return value > 0 ? `+${text}` : `−${text}`;
}

function levelName(level: number, locale: Locale): string {
	return pick(LEVELS.find((item) => item.level === level)?.name ?? LEVELS[0]!.name, locale);
}

function makeFigure(
	content: Content,
	figure: SourcedFigure,
	locale: Locale,
	mine: { isYourAnswer: boolean; isYourSegment: boolean | null }
): ReportFigure {
	const t = reportTexts[locale];
	const source = content.sources[figure.source]!;
	const segment = content.segments[figure.segment]!;
	const title = pick(source.title, locale);
	return {
		id: figure.id,
		chart: pick(figure.chart, locale),
		answer: pick(figure.answer, locale),
		segment: pick(segment.label, locale),
		n: segment.n,
		nText: segment.n === null ? t.nUnknown : `n=${formatNumber(segment.n, locale)}`,
		value: figure.value,
		valueText: formatPercent(figure.value, locale),
		sourceId: source.id,
		source: title,
		publisher: pick(source.publisher, locale),
		year: source.year,
		sourceText: t.sourceYear(title, source.year),
		formula: figure.derived?.formula ?? null,
		...mine
	};
}

const countsAnswer = (figure: SourcedFigure, questionId: string, given: string[]) =>
	figure.counts?.question === questionId &&
	figure.counts.options.some((optionId) => given.includes(optionId));

export function buildReport(
	content: Content,
	result: ScoreResult,
	locale: Locale,
	date: Date
): ReportModel {
	const t = reportTexts[locale];
	const answers = result.answers;
	const questions = visibleQuestions(content, answers);
	const questionById = new Map(questions.map((question) => [question.id, question]));
	const dimensionTitle = (id: DimensionId) =>
		pick(content.dimensions.find((dimension) => dimension.id === id)!.title, locale);
	const pointsOf = new Map(
		result.dimensions.flatMap((dimension) =>
			dimension.questions.map((item) => [item.questionId, item.points] as const)
		)
	);

	const overallLevel = result.overall.level.level;
	const overall = {
		score: result.overall.score,
		scoreText: formatScore(result.overall.score, locale),
		level: overallLevel,
		levelName: levelName(overallLevel, locale),
		levelText: t.levelText(overallLevel, levelName(overallLevel, locale))
	};

	const percentText = formatPercent(result.pattern.percent, locale);
	const priorText = formatPercent(result.pattern.priorPercent, locale);
	const pattern = {
		percent: result.pattern.percent,
		percentText,
		priorPercent: result.pattern.priorPercent,
		priorText,
		summary: t.patternSummary(percentText, priorText)
	};

	const dimensions: ReportDimension[] = result.dimensions.map((dimension) => ({
		id: dimension.id,
		title: pick(dimension.title, locale),
		score: dimension.score,
		scoreText: dimension.score === null ? t.notAnswered : formatScore(dimension.score, locale),
		level: dimension.level?.level ?? null,
		levelText: dimension.level
			? t.levelText(dimension.level.level, levelName(dimension.level.level, locale))
			: t.notAnswered
	}));

	const recommendations: ReportRecommendation[] = result.recommendations.map((item, index) => {
		const recommendation = item.recommendation;
		const question = questionById.get(recommendation.question);
		const given = chosen(answers[recommendation.question]);
		return {
			rank: index + 1,
			id: recommendation.id,
			title: pick(recommendation.title, locale),
			why: pick(recommendation.why, locale),
			questionId: recommendation.question,
			question: question ? pick(question.text, locale) : recommendation.question,
			dimension: question ? dimensionTitle(question.dimension) : '',
			patternGain: item.patternGain,
			maturityGain: item.maturityGain,
			gainText: t.expectedGain(
				formatGain(item.patternGain, locale),
				formatGain(item.maturityGain, locale)
			),
			evidence: item.evidence.map((figure) =>
				makeFigure(content, figure, locale, {
					isYourAnswer: countsAnswer(figure, recommendation.question, given),
					isYourSegment: null
				})
			),
			steps: recommendation.steps.map((step) => pick(step, locale))
		};
	});

	const groups: ReportQuestionGroup[] = content.dimensions
		.map((dimension) => ({
			id: dimension.id,
			title: pick(dimension.title, locale),
			scored: dimension.scored,
			questions: questions
				.filter((question) => question.dimension === dimension.id)
				.map((question): ReportQuestion => {
					const given = chosen(answers[question.id]);
					const answer = question.options
						.filter((option) => given.includes(option.id))
						.map((option) => pick(option.label, locale));
					// The figures shown beside the question, then the evidence behind the user's
					// answer in the pattern match (the same figure only once).
					const shares = new Map<string, ReportFigure>();
					const positions = result.positions.filter((item) => item.questionId === question.id);
					if (positions.length) {
						for (const position of positions) {
							shares.set(
								position.figure.id,
								makeFigure(content, position.figure, locale, {
									isYourAnswer: position.isYourAnswer,
									isYourSegment: position.isYourSegment
								})
							);
						}
					} else {
						for (const figureId of question.benchmarks) {
							const figure = content.figures[figureId]!;
							shares.set(
								figureId,
								makeFigure(content, figure, locale, {
									isYourAnswer: countsAnswer(figure, question.id, given),
									isYourSegment: null
								})
							);
						}
					}
					for (const contribution of result.pattern.contributions) {
						if (contribution.questionId !== question.id) continue;
						for (const figure of [contribution.felt, contribution.notFelt]) {
							if (shares.has(figure.id)) continue;
							shares.set(
								figure.id,
								makeFigure(content, figure, locale, {
									isYourAnswer: countsAnswer(figure, question.id, given),
									isYourSegment: null
								})
							);
						}
					}
					return {
						id: question.id,
						text: pick(question.text, locale),
						answer,
						answerText: answer.length ? answer.join(locale === 'ja' ? '、' : ', ') : t.notAnswered,
						points: pointsOf.get(question.id) ?? null,
						shares: [...shares.values()]
					};
				})
		}))
		.filter((group) => group.questions.length > 0);

	// Sources: every document, with the segments that figures in this report use.
	const usedSegments = new Set<string>();
	for (const figure of [
		...recommendations.flatMap((item) => item.evidence),
		...groups.flatMap((group) => group.questions.flatMap((question) => question.shares))
	]) {
		usedSegments.add(content.figures[figure.id]!.segment);
	}
	const edition = editionOf(content);
	const sources: ReportSource[] = Object.values(content.sources)
		.sort((a, b) => a.year - b.year || a.id.localeCompare(b.id))
		.map((source) => ({
			id: source.id,
			title: pick(source.title, locale),
			publisher: pick(source.publisher, locale),
			year: source.year,
			fieldwork: pick(source.fieldwork, locale),
			population: pick(source.population, locale),
			segments: Object.entries(content.segments)
				.filter(([id, segment]) => segment.source === source.id && usedSegments.has(id))
				.map(([, segment]) => ({
					label: pick(segment.label, locale),
					n: segment.n,
					nText: segment.n === null ? t.nUnknown : `n=${formatNumber(segment.n, locale)}`
				})),
			caveats: source.caveats.map((caveat) => pick(caveat, locale))
		}));

	return {
		locale,
		text: t,
		title: t.reportTitle,
		subtitle: t.reportSubtitle,
		isoDate: isoDay(date),
		dateText: formatDate(date, locale),
		questionSet: result.questionSet,
		benchmarkEdition: edition.id,
		benchmarkText: t.benchmarkEdition(edition.firstYear, edition.lastYear, edition.sources.length),
		overall,
		pattern,
		dimensions,
		recommendations,
		questions: groups,
		methodology: [
			t.methodMaturity,
			t.methodPattern(result.pattern.priorFelt, result.pattern.priorTotal, priorText),
			t.methodRecommendations,
			t.methodLimits
		],
		sources
	};
}
