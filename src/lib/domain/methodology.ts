/**
 * What the /methodology page shows that is generated from the content: the prior, every
 * likelihood ratio with the share it gives alone, the maturity rubric, the level bands and the
 * table of benchmark figures. Plain TypeScript (no Svelte, no Kit), so it is unit-tested against
 * the engine it explains.
 */
import type { Content } from '../content/validate.ts';
import { LEVELS } from './levels.ts';
import { allQuestions } from './questionnaire.ts';
import type { DimensionId, LocalizedText, QuestionType, ShowIf } from './schema.ts';
import { DISCOUNT, PRIOR } from './scoring.ts';

export interface Prior {
	felt: number;
	notFelt: number;
	total: number;
	/** Share of effect-felt respondents, 0–100. */
	percent: number;
	year: number;
	sourceTitle: LocalizedText;
}

export function priorOf(content: Content): Prior {
	const felt = content.segments[PRIOR.feltSegment];
	const notFelt = content.segments[PRIOR.notFeltSegment];
	if (!felt?.n || !notFelt?.n) {
		throw new Error(
			`The prior segments ${PRIOR.feltSegment} and ${PRIOR.notFeltSegment} need an n`
		);
	}
	const source = content.sources[felt.source]!;
	const total = felt.n + notFelt.n;
	return {
		felt: felt.n,
		notFelt: notFelt.n,
		total,
		percent: (100 * felt.n) / total,
		year: source.year,
		sourceTitle: source.title
	};
}

/** The share of effect-felt companies among those giving an answer with this ratio, alone. */
export function shareAlone(prior: Prior, likelihoodRatio: number): number {
	const odds = (prior.felt / prior.notFelt) * likelihoodRatio;
	return (100 * odds) / (1 + odds);
}

/** The weights the correlation correction gives the 1st, 2nd, 3rd… strongest answer. */
export function discountWeights(count: number): number[] {
	return Array.from({ length: count }, (_, rank) => DISCOUNT ** rank);
}

/** Combined evidence is at most this many times the strongest answer's (1 / (1 − DISCOUNT)). */
export const MAX_EVIDENCE_FACTOR = 1 / (1 - DISCOUNT);

export interface LikelihoodRow {
	questionId: string;
	question: LocalizedText;
	/** The answer options the group covers. */
	options: LocalizedText[];
	/** Evidence only counts when this earlier answer holds. */
	when?: { question: LocalizedText; options: LocalizedText[] };
	feltFigure: string;
	notFeltFigure: string;
	felt: number;
	notFelt: number;
	likelihoodRatio: number;
	/** The pattern match this answer gives on its own (0–100). */
	aloneShare: number;
	sourceTitle: LocalizedText;
	year: number;
	/** A figure of the pair is derived rather than printed. */
	derived: boolean;
}

/** Every likelihood group of every question, in asking order. */
export function likelihoodRows(content: Content): LikelihoodRow[] {
	const prior = priorOf(content);
	const questions = allQuestions(content);
	const byId = new Map(questions.map((question) => [question.id, question]));
	const describeWhen = (when: ShowIf) => {
		const target = byId.get(when.question)!;
		return {
			question: target.text,
			options: when.anyOf.map((id) => target.options.find((option) => option.id === id)!.label)
		};
	};
	return questions.flatMap((question) =>
		(question.likelihood?.groups ?? []).map((group) => {
			const felt = content.figures[group.felt]!;
			const notFelt = content.figures[group.notFelt]!;
			const likelihoodRatio = felt.value / notFelt.value;
			const source = content.sources[felt.source]!;
			return {
				questionId: question.id,
				question: question.text,
				options: group.options.map(
					(id) => question.options.find((option) => option.id === id)!.label
				),
				...(question.likelihood?.when ? { when: describeWhen(question.likelihood.when) } : {}),
				feltFigure: felt.id,
				notFeltFigure: notFelt.id,
				felt: felt.value,
				notFelt: notFelt.value,
				likelihoodRatio,
				aloneShare: shareAlone(prior, likelihoodRatio),
				sourceTitle: source.title,
				year: source.year,
				derived: !!felt.derived || !!notFelt.derived
			};
		})
	);
}

/** The sources of likelihood evidence from another year than the prior's (an assumption). */
export function otherYearEvidence(
	content: Content
): { year: number; questions: LocalizedText[] }[] {
	const prior = priorOf(content);
	const byYear = new Map<number, Map<string, LocalizedText>>();
	for (const row of likelihoodRows(content)) {
		if (row.year === prior.year) continue;
		const questions = byYear.get(row.year) ?? new Map<string, LocalizedText>();
		questions.set(row.questionId, row.question);
		byYear.set(row.year, questions);
	}
	return [...byYear].map(([year, questions]) => ({ year, questions: [...questions.values()] }));
}

export interface RubricRow {
	questionId: string;
	dimension: DimensionId;
	dimensionTitle: LocalizedText;
	question: LocalizedText;
	type: QuestionType;
	basis: 'evidence' | 'rubric';
	rule?: 'max' | 'sum';
	/** Shown only after some answers. */
	conditional: boolean;
	options: { label: LocalizedText; points: number }[];
	/**
	 * The figures that feed the pattern match from this question. For evidence-based points they
	 * are the points' backing; a rubric question may have them too (its answer is evidence, its
	 * points are authored).
	 */
	figures: string[];
}

/** Every scored question with its basis, multi-choice rule and points, in asking order. */
export function rubricRows(content: Content): RubricRow[] {
	const titles = new Map(content.dimensions.map((dimension) => [dimension.id, dimension.title]));
	return allQuestions(content).flatMap((question) => {
		if (!question.pointsBasis) return [];
		const figures = question.likelihood
			? question.likelihood.groups.flatMap((group) => [group.felt, group.notFelt])
			: [];
		return [
			{
				questionId: question.id,
				dimension: question.dimension,
				dimensionTitle: titles.get(question.dimension)!,
				question: question.text,
				type: question.type,
				basis: question.pointsBasis,
				...(question.type === 'multi' ? { rule: question.pointsRule ?? 'max' } : {}),
				conditional: !!question.showIf,
				options: question.options.map((option) => ({
					label: option.label,
					points: option.points ?? 0
				})),
				figures
			}
		];
	});
}

export interface LevelBand {
	level: number;
	name: LocalizedText;
	from: number;
	/** Exclusive upper bound, or null for the top level (up to and including 100). */
	below: number | null;
}

export function levelBands(): LevelBand[] {
	return LEVELS.map((level, index) => ({
		level: level.level,
		name: level.name,
		from: level.from,
		below: LEVELS[index + 1]?.from ?? null
	}));
}

export interface FigureRow {
	id: string;
	sourceId: string;
	sourceTitle: LocalizedText;
	year: number;
	chart: LocalizedText;
	segment: LocalizedText;
	n: number | null;
	nNote?: LocalizedText;
	answer: LocalizedText;
	value: number;
	kind: 'printed' | 'derived';
	quote?: string;
	formula?: string;
	from?: string[];
	/** How the product uses it: pattern-match evidence, a position beside a question, advice. */
	usedFor: { likelihood: boolean; position: boolean; recommendation: boolean };
}

/** Every benchmark figure, grouped by source (newest first), in the order of its file. */
export function figureRows(content: Content): FigureRow[] {
	const questions = allQuestions(content);
	const likelihood = new Set(
		questions.flatMap((question) =>
			(question.likelihood?.groups ?? []).flatMap((group) => [group.felt, group.notFelt])
		)
	);
	const positions = new Set(questions.flatMap((question) => question.benchmarks));
	const advice = new Set(content.recommendations.flatMap((item) => item.evidence));
	const sourceOrder = Object.values(content.sources)
		.map((source, index) => ({ id: source.id, year: source.year, index }))
		.sort((a, b) => b.year - a.year || a.index - b.index)
		.map((source) => source.id);
	return Object.values(content.figures)
		.map((figure, index) => ({ figure, index }))
		.sort(
			(a, b) =>
				sourceOrder.indexOf(a.figure.source) - sourceOrder.indexOf(b.figure.source) ||
				a.index - b.index
		)
		.map(({ figure }) => {
			const source = content.sources[figure.source]!;
			const segment = content.segments[figure.segment]!;
			return {
				id: figure.id,
				sourceId: source.id,
				sourceTitle: source.title,
				year: source.year,
				chart: figure.chart,
				segment: segment.label,
				n: segment.n,
				...(segment.nNote ? { nNote: segment.nNote } : {}),
				answer: figure.answer,
				value: figure.value,
				kind: figure.derived ? 'derived' : 'printed',
				...(figure.quote ? { quote: figure.quote } : {}),
				...(figure.derived ? { formula: figure.derived.formula, from: figure.derived.from } : {}),
				usedFor: {
					likelihood: likelihood.has(figure.id),
					position: positions.has(figure.id),
					recommendation: advice.has(figure.id)
				}
			};
		});
}

export interface SourceSummary {
	id: string;
	file: string;
	title: LocalizedText;
	publisher: LocalizedText;
	year: number;
	fieldwork: LocalizedText;
	population: LocalizedText;
	caveats: LocalizedText[];
	figures: number;
	printed: number;
	derived: number;
	/** Figures of this source that feed the pattern match. */
	likelihood: number;
}

export function sourceSummaries(content: Content): SourceSummary[] {
	const rows = figureRows(content);
	return [...new Set(rows.map((row) => row.sourceId))].map((id) => {
		const source = content.sources[id]!;
		const own = rows.filter((row) => row.sourceId === id);
		return {
			id,
			file: source.file,
			title: source.title,
			publisher: source.publisher,
			year: source.year,
			fieldwork: source.fieldwork,
			population: source.population,
			caveats: source.caveats,
			figures: own.length,
			printed: own.filter((row) => row.kind === 'printed').length,
			derived: own.filter((row) => row.kind === 'derived').length,
			likelihood: own.filter((row) => row.usedFor.likelihood).length
		};
	});
}

/** The 2025 shares of effect-felt and not-effect-felt companies that operate in phases. */
export const PHASE_OPERATING_FIGURES = {
	felt: 'vx2025_phase_operating_felt',
	notFelt: 'vx2025_phase_operating_not_felt'
} as const;

/**
 * The 2025 document labels n=326 "operating in phases or trialling it", but the effect-felt and
 * not-effect-felt shares that *operate* in phases add up to it: 494 × 55.3% + 345 × 15.4% ≈ 326.
 * Returns that sum, for the page's note on the labelling inconsistency.
 */
export function phaseOperatingCount(content: Content): number {
	const prior = priorOf(content);
	const felt = content.figures[PHASE_OPERATING_FIGURES.felt]!.value;
	const notFelt = content.figures[PHASE_OPERATING_FIGURES.notFelt]!.value;
	return (prior.felt * felt) / 100 + (prior.notFelt * notFelt) / 100;
}

export interface RecommendationSummary {
	id: string;
	title: LocalizedText;
	question: LocalizedText;
	target: LocalizedText;
	evidence: string[];
}

export function recommendationSummaries(content: Content): RecommendationSummary[] {
	const questions = allQuestions(content);
	return content.recommendations.map((item) => {
		const question = questions.find((candidate) => candidate.id === item.question)!;
		return {
			id: item.id,
			title: item.title,
			question: question.text,
			target: question.options.find((option) => option.id === item.target)!.label,
			evidence: item.evidence
		};
	});
}

/** Counts the page quotes in its text. */
export function contentCounts(content: Content) {
	const questions = allQuestions(content);
	const scored = questions.filter((question) => question.pointsBasis);
	return {
		questions: questions.length,
		scored: scored.length,
		evidence: scored.filter((question) => question.pointsBasis === 'evidence').length,
		rubric: scored.filter((question) => question.pointsBasis === 'rubric').length,
		withLikelihood: questions.filter((question) => question.likelihood).length,
		figures: Object.keys(content.figures).length,
		recommendations: content.recommendations.length
	};
}

/**
 * The smallest printed segment, with the half-width of a rough 95% confidence interval for a
 * share near 50% among so few respondents (1.96 × √(0.25 / n), in percentage points), and how
 * many segments have no printed n.
 */
export function sampleSizes(content: Content) {
	const segments = Object.values(content.segments);
	const printed = segments.filter((segment) => segment.n !== null);
	const smallest = printed.reduce((a, b) => (b.n! < a.n! ? b : a));
	return {
		smallest: {
			id: smallest.id,
			label: smallest.label,
			n: smallest.n!,
			margin: 100 * 1.96 * Math.sqrt(0.25 / smallest.n!)
		},
		unprinted: segments.length - printed.length
	};
}
