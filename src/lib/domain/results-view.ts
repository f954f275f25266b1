/**
 * Pure helpers that turn a ScoreResult into what the results page shows: per-question bar data
 * (effect-felt vs not-effect-felt vs both groups combined), the survey evidence per dimension,
 * the answers that moved the pattern match, and the split of recommendations. No Svelte, no Kit,
 * no chart library: the same data feeds the charts, their text summaries and their tables.
 *
 * Data honesty: every number here is a printed survey figure, a figure derived in the content
 * files (with its formula), or the one figure computed here — the share of both groups combined
 * — which is only computed when both groups' n are printed, and always carries its formula.
 */
import type { Content, SourcedFigure } from '../content/validate.ts';
import { allQuestions, chosen, type LocatedQuestion } from './questionnaire.ts';
import type { DimensionId, LocalizedText, Question, Segment } from './schema.ts';
import type { Contribution, RankedRecommendation, ScoreResult } from './scoring.ts';

export type SegmentRole = 'felt' | 'notFelt' | 'other';

const NOT_FELT_SUFFIX = '_not_felt';
const FELT_SUFFIX = '_felt';

/**
 * Effect-felt and not-effect-felt segments are named `<base>_felt` and `<base>_not_felt` in the
 * benchmark files (results-view.spec.ts checks that every such pair exists and that the pairs
 * the likelihood evidence uses follow the convention).
 */
export function segmentRole(segmentId: string): { role: SegmentRole; base: string | null } {
	if (segmentId.endsWith(NOT_FELT_SUFFIX)) {
		return { role: 'notFelt', base: segmentId.slice(0, -NOT_FELT_SUFFIX.length) };
	}
	if (segmentId.endsWith(FELT_SUFFIX)) {
		return { role: 'felt', base: segmentId.slice(0, -FELT_SUFFIX.length) };
	}
	return { role: 'other', base: null };
}

/** An n counts as printed when the document gives it (not null, and not derived: no nNote). */
export function isPrintedN(segment: Pick<Segment, 'n' | 'nNote'>): segment is Segment & {
	n: number;
} {
	return segment.n !== null && segment.nNote === undefined;
}

/** Rounds to one decimal, the precision the surveys print. */
export const round1 = (value: number) => Math.round(value * 10) / 10;

// ---------------------------------------------------------------------------
// Where you sit, question by question

export interface BarValue {
	/** The figure shown, or null for the combined share computed here. */
	figureId: string | null;
	value: number;
	/** Set when the value is not printed: the formula, with the printed figures it uses. */
	derived: { formula: string; from: string[]; computedHere: boolean } | null;
}

export interface BarSeries {
	/** Segment id, or `combined:<base>` for the share of both groups combined. */
	key: string;
	role: SegmentRole | 'combined';
	label: LocalizedText;
	n: number | null;
	/** Why n is not printed, or how it follows from printed figures. */
	nNote: LocalizedText | null;
	/** For the JCSA SaaS / non-SaaS segments: whether the segment is the user's own. */
	isYourSegment: boolean | null;
	/** One value per category (null where the survey gives none). */
	values: (BarValue | null)[];
}

export interface BarCategory {
	key: string;
	answer: LocalizedText;
	/** The question's options this answer stands for (empty when the figure names none). */
	options: string[];
	isYourAnswer: boolean;
}

export interface BarGroup {
	/** `<source>:<index>`: one chart of one survey. */
	id: string;
	sourceId: string;
	year: number;
	chart: LocalizedText;
	categories: BarCategory[];
	series: BarSeries[];
	/** Whether one of the categories is the user's answer. */
	hasYourAnswer: boolean;
	/** Whether the pattern match used figures of this chart (the likelihood evidence). */
	usedInPattern: boolean;
}

export interface QuestionBars {
	questionId: string;
	dimension: DimensionId;
	question: LocalizedText;
	/** The labels of the options the user chose. */
	yourAnswer: LocalizedText[];
	groups: BarGroup[];
}

function categoryKey(figure: SourcedFigure): string {
	return figure.counts
		? `options:${figure.counts.options.join(',')}`
		: `answer:${figure.answer.ja}`;
}

/** Formula of the combined share, in the notation the content files use for derived figures. */
export function combinedFormula(
	felt: { n: number; value: number },
	notFelt: { n: number; value: number }
): string {
	return `(${felt.n} × ${felt.value} + ${notFelt.n} × ${notFelt.value}) ÷ (${felt.n} + ${notFelt.n})`;
}

/** The share of both groups combined: (n_felt·p_felt + n_not·p_not) / (n_felt + n_not). */
export function combinedShare(
	felt: { n: number; value: number },
	notFelt: { n: number; value: number }
): number {
	return (felt.n * felt.value + notFelt.n * notFelt.value) / (felt.n + notFelt.n);
}

function buildGroup(
	content: Content,
	question: LocatedQuestion<Question>,
	id: string,
	figures: { figure: SourcedFigure; isYourAnswer: boolean; isYourSegment: boolean | null }[],
	usedInPattern: boolean
): BarGroup {
	const optionOrder = new Map(question.options.map((option, index) => [option.id, index]));
	const order = (category: BarCategory, appearance: number) =>
		category.options.length
			? Math.min(...category.options.map((optionId) => optionOrder.get(optionId) ?? 999))
			: 1000 + appearance;

	const categories: BarCategory[] = [];
	const seriesBySegment = new Map<string, BarSeries>();
	const cells = new Map<string, BarValue>();
	for (const { figure, isYourAnswer, isYourSegment } of figures) {
		const key = categoryKey(figure);
		let category = categories.find((candidate) => candidate.key === key);
		if (!category) {
			category = {
				key,
				answer: figure.answer,
				options: figure.counts?.options ?? [],
				isYourAnswer: false
			};
			categories.push(category);
		}
		category.isYourAnswer ||= isYourAnswer;
		if (!seriesBySegment.has(figure.segment)) {
			const segment = content.segments[figure.segment]!;
			seriesBySegment.set(figure.segment, {
				key: figure.segment,
				role: segmentRole(figure.segment).role,
				label: segment.label,
				n: segment.n,
				nNote: segment.nNote ?? null,
				isYourSegment,
				values: []
			});
		}
		cells.set(`${figure.segment}|${key}`, {
			figureId: figure.id,
			value: figure.value,
			derived: figure.derived
				? { formula: figure.derived.formula, from: figure.derived.from, computedHere: false }
				: null
		});
	}
	const sorted = categories
		.map((category, index) => ({ category, rank: order(category, index), index }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map((item) => item.category);

	const roleRank = { felt: 0, notFelt: 1, combined: 2, other: 3 } as const;
	const series = [...seriesBySegment.values()];
	for (const item of series) {
		item.values = sorted.map((category) => cells.get(`${item.key}|${category.key}`) ?? null);
	}

	// The share of both groups combined, where both n are printed.
	for (const felt of series.filter((item) => item.role === 'felt')) {
		const base = segmentRole(felt.key).base!;
		const notFelt = series.find((item) => item.key === `${base}${NOT_FELT_SUFFIX}`);
		const feltSegment = content.segments[felt.key]!;
		const notFeltSegment = notFelt ? content.segments[notFelt.key]! : undefined;
		if (!notFelt || !notFeltSegment || !isPrintedN(feltSegment) || !isPrintedN(notFeltSegment)) {
			continue;
		}
		const values = sorted.map((_, index): BarValue | null => {
			const a = felt.values[index];
			const b = notFelt.values[index];
			if (!a || !b) return null;
			const fa = { n: feltSegment.n, value: a.value };
			const fb = { n: notFeltSegment.n, value: b.value };
			return {
				figureId: null,
				value: combinedShare(fa, fb),
				derived: {
					formula: combinedFormula(fa, fb),
					from: [a.figureId, b.figureId].filter((item): item is string => item !== null),
					computedHere: true
				}
			};
		});
		if (values.every((value) => value === null)) continue;
		series.push({
			key: `combined:${base}`,
			role: 'combined',
			label: combinedLabel(feltSegment.label, notFeltSegment.label),
			n: feltSegment.n + notFeltSegment.n,
			nNote: null,
			isYourSegment: null,
			values
		});
	}
	series.sort((a, b) => roleRank[a.role] - roleRank[b.role]);

	const first = figures[0]!.figure;
	return {
		id,
		sourceId: first.source,
		year: content.sources[first.source]!.year,
		chart: first.chart,
		categories: sorted,
		series,
		hasYourAnswer: sorted.some((category) => category.isYourAnswer),
		usedInPattern
	};
}

function combinedLabel(felt: LocalizedText, notFelt: LocalizedText): LocalizedText {
	return {
		ja: `両層の合計（${felt.ja}＋${notFelt.ja}）`,
		en: `Both groups combined (${felt.en} + ${notFelt.en})`
	};
}

/**
 * For each answered question with benchmark figures: one bar group per survey chart, holding the
 * figures the engine positioned the user against plus the figures its pattern match used.
 */
export function questionBars(content: Content, result: ScoreResult): QuestionBars[] {
	const contributions = new Map(
		result.pattern.contributions.map((item) => [item.questionId, item])
	);
	return allQuestions(content).flatMap((question) => {
		const positions = result.positions.filter((position) => position.questionId === question.id);
		const contribution = contributions.get(question.id);
		if (positions.length === 0 && !contribution) return [];
		const entries = positions.map((position) => ({
			figure: position.figure,
			isYourAnswer: position.isYourAnswer,
			isYourSegment: position.isYourSegment
		}));
		const patternIds = new Set<string>();
		if (contribution) {
			for (const figure of [contribution.felt, contribution.notFelt]) {
				patternIds.add(figure.id);
				if (!entries.some((entry) => entry.figure.id === figure.id)) {
					entries.push({ figure, isYourAnswer: true, isYourSegment: null });
				}
			}
		}
		// One group per chart of one survey, in the order the figures first appear.
		const chartKeys: string[] = [];
		const byChart = new Map<string, typeof entries>();
		for (const entry of entries) {
			const key = `${entry.figure.source}|${entry.figure.chart.ja}`;
			if (!byChart.has(key)) {
				chartKeys.push(key);
				byChart.set(key, []);
			}
			byChart.get(key)!.push(entry);
		}
		const given = chosen(result.answers[question.id]);
		return [
			{
				questionId: question.id,
				dimension: question.dimension,
				question: question.text,
				yourAnswer: question.options
					.filter((option) => given.includes(option.id))
					.map((option) => option.label),
				groups: chartKeys.map((key, index) => {
					const groupEntries = byChart.get(key)!;
					return buildGroup(
						content,
						question,
						`${question.id}:${index}`,
						groupEntries,
						groupEntries.some((entry) => patternIds.has(entry.figure.id))
					);
				})
			}
		];
	});
}

// ---------------------------------------------------------------------------
// Dimensions at a glance: what the surveys say, dimension by dimension

export interface DimensionEvidence {
	dimension: DimensionId;
	title: LocalizedText;
	score: number | null;
	/** The key question's strongest answer, felt vs not felt; null when no such figures exist. */
	evidence: {
		questionId: string;
		answer: LocalizedText;
		sourceId: string;
		year: number;
		felt: SourcedFigure;
		notFelt: SourcedFigure;
		feltSegment: Segment;
		notFeltSegment: Segment;
	} | null;
}

/**
 * The surveys publish no dimension-level profile of effect-felt companies. What they do publish,
 * for some dimensions, is the share of each group giving one answer to one question. For every
 * scored dimension this takes its first question with effect-felt / not-effect-felt figures (in
 * asking order) and the answer those figures favour most (the highest likelihood ratio).
 */
export function dimensionEvidence(content: Content, result: ScoreResult): DimensionEvidence[] {
	const questions = allQuestions(content);
	return result.dimensions.map((dimension) => {
		const question = questions.find(
			(candidate) => candidate.dimension === dimension.id && candidate.likelihood
		);
		const groups = question?.likelihood?.groups ?? [];
		const best = groups
			.map((group) => ({
				group,
				felt: content.figures[group.felt]!,
				notFelt: content.figures[group.notFelt]!
			}))
			.reduce<{
				felt: SourcedFigure;
				notFelt: SourcedFigure;
			} | null>(
				(top, item) =>
					!top || item.felt.value / item.notFelt.value > top.felt.value / top.notFelt.value
						? item
						: top,
				null
			);
		return {
			dimension: dimension.id,
			title: dimension.title,
			score: dimension.score,
			evidence:
				question && best
					? {
							questionId: question.id,
							answer: best.felt.answer,
							sourceId: best.felt.source,
							year: content.sources[best.felt.source]!.year,
							felt: best.felt,
							notFelt: best.notFelt,
							feltSegment: content.segments[best.felt.segment]!,
							notFeltSegment: content.segments[best.notFelt.segment]!
						}
					: null
		};
	});
}

// ---------------------------------------------------------------------------
// What moved your score

export interface Mover extends Contribution {
	question: LocalizedText;
	yourAnswer: LocalizedText[];
}

/** The answers that raised the pattern match (largest first) and lowered it (largest first). */
export function movers(
	content: Content,
	result: ScoreResult
): { raised: Mover[]; lowered: Mover[] } {
	const questions = allQuestions(content);
	const all = result.pattern.contributions.map((contribution): Mover => {
		const question = questions.find((candidate) => candidate.id === contribution.questionId)!;
		const given = chosen(result.answers[question.id]);
		return {
			...contribution,
			question: question.text,
			yourAnswer: question.options
				.filter((option) => given.includes(option.id))
				.map((option) => option.label)
		};
	});
	return {
		raised: all.filter((item) => item.effect > 0).sort((a, b) => b.effect - a.effect),
		lowered: all.filter((item) => item.effect < 0).sort((a, b) => a.effect - b.effect)
	};
}

// ---------------------------------------------------------------------------
// Recommendations

/**
 * The first three to five recommendations are shown expanded: at least three (when there are
 * that many), plus any further ones up to five that would still raise the pattern match or the
 * maturity score. The rest are collapsed.
 */
export function splitRecommendations(
	recommendations: RankedRecommendation[],
	min = 3,
	max = 5
): { expanded: RankedRecommendation[]; collapsed: RankedRecommendation[] } {
	let count = Math.min(min, recommendations.length);
	while (
		count < Math.min(max, recommendations.length) &&
		(recommendations[count]!.patternGain > 0 || recommendations[count]!.maturityGain > 0)
	) {
		count += 1;
	}
	return { expanded: recommendations.slice(0, count), collapsed: recommendations.slice(count) };
}

// ---------------------------------------------------------------------------
// Headline

export type PatternComparison = 'above' | 'similar' | 'below';

/** How the pattern match compares with the survey's own share (within ±5 points: similar). */
export function comparePattern(percent: number, priorPercent: number): PatternComparison {
	if (percent > priorPercent + 5) return 'above';
	if (percent < priorPercent - 5) return 'below';
	return 'similar';
}

export interface BenchmarkEdition {
	/** Stable id of the set of sources scored against, e.g. `jcsa2025+vx2023+vx2025`. */
	id: string;
	firstYear: number;
	lastYear: number;
	sources: { id: string; title: LocalizedText; publisher: LocalizedText; year: number }[];
}

export function benchmarkEdition(content: Content): BenchmarkEdition {
	const sources = Object.entries(content.sources)
		.map(([id, source]) => ({
			id,
			title: source.title,
			publisher: source.publisher,
			year: source.year
		}))
		// Not localeCompare: the ids are ASCII, and its first call sets up a collator (12-14 ms here).
		.sort((a, b) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const years = sources.map((source) => source.year);
	return {
		id: sources
			.map((source) => source.id)
			.sort()
			.join('+'),
		firstYear: Math.min(...years),
		lastYear: Math.max(...years),
		sources
	};
}

// ---------------------------------------------------------------------------
// Chart labels

/**
 * Where a Japanese word or phrase ends: hiragana (a particle, an inflection) before a kanji,
 * katakana, letter or opening bracket, and a katakana word meeting a kanji one (管理ツール).
 */
const PHRASE_END =
	/[\u3041-\u3096](?=[\u4E00-\u9FFF\u30A1-\u30FAA-Za-z0-9（「])|[\u30A1-\u30FA\u30FC](?=[\u4E00-\u9FFF])|[\u4E00-\u9FFF](?=[\u30A1-\u30FA])/g;

/** Marks that never start a line: they stay at the end of the one before, a character over. */
const CLOSING = /^[、。・）／」]/;

/** The positions in `window` after which a Japanese line may end without splitting a word. */
function softBreaks(window: string): number[] {
	const after = ['、', '・', '／', '）'].map((mark) => window.lastIndexOf(mark) + 1);
	const phrases = [...window.matchAll(PHRASE_END)].map((match) => match.index + 1);
	return [...after, window.lastIndexOf('（'), ...phrases];
}

/**
 * Splits a label into lines for a chart axis: Japanese between words or phrases where one ends
 * within the line (after 、・／）, after a particle, where katakana meets kanji, before （), else
 * at `max` characters, with a closing mark kept on the line it closes; other languages by words.
 * Never returns an empty line.
 */
export function wrapLabel(
	text: string,
	locale: 'ja' | 'en',
	max = locale === 'ja' ? 14 : 26
): string[] {
	if (text.length <= max) return [text];
	const lines: string[] = [];
	if (locale === 'ja') {
		let rest = text;
		while (rest.length > max) {
			// One character more, so that a phrase ending exactly at the limit is seen.
			const window = rest.slice(0, max + 1);
			const soft = Math.max(...softBreaks(window).filter((at) => at <= max));
			let cut = soft >= Math.ceil(max / 2) ? soft : max;
			if (CLOSING.test(rest.slice(cut))) cut += 1;
			lines.push(rest.slice(0, cut));
			rest = rest.slice(cut);
		}
		if (rest) lines.push(rest);
		return lines;
	}
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && (line + ' ' + word).length > max) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}
