/**
 * Turns the raw, parsed content files (question files, benchmark files, recommendations) into
 * one validated Content object, or throws a ContentError listing every problem with the file,
 * the item and the field. Pure: the file reading lives in src/lib/server/content.
 */
import type { z } from 'zod';
import {
	benchmarkFile,
	dimensionFile,
	questionSetFile,
	recommendationFile,
	type DimensionFile,
	type Figure,
	type Question,
	type Recommendation,
	type Segment,
	type ShowIf,
	type Source
} from '../domain/schema.ts';

export interface RawFile {
	/** Path shown in messages, relative to the project (e.g. questions/03-phases.yaml). */
	path: string;
	data: unknown;
}

export interface RawContent {
	questionSet: RawFile;
	dimensions: RawFile[];
	benchmarks: RawFile[];
	recommendations: RawFile;
}

export type Dimension = DimensionFile['dimension'] & { questions: Question[] };
export type SourcedFigure = Figure & { source: string };

export interface QuestionSet {
	version: string;
	dimensions: Dimension[];
}

export interface Content extends QuestionSet {
	sources: Record<string, Source>;
	segments: Record<string, Segment & { source: string }>;
	figures: Record<string, SourcedFigure>;
	recommendations: Recommendation[];
}

export class ContentError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`The content in questions/ is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map((problem) => `  • ${problem}`).join('\n')
		);
		this.name = 'ContentError';
	}
}

function formatPath(path: PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		return out ? `${out}.${String(key)}` : String(key);
	}, '');
}

/** Names the item an issue path lands in ("question \"phase_operation\"") when the data allows. */
function describeItem(data: unknown, path: PropertyKey[]): string {
	let node: unknown = data;
	let item = '';
	for (const key of path) {
		if (node === null || typeof node !== 'object') break;
		node = (node as Record<PropertyKey, unknown>)[key as string];
		if (node && typeof node === 'object' && 'id' in node && typeof node.id === 'string') {
			item = `"${node.id}"`;
		}
	}
	return item;
}

function parseFile<S extends z.ZodType>(
	schema: S,
	file: RawFile,
	problems: string[]
): z.infer<S> | undefined {
	const result = schema.safeParse(file.data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const item = describeItem(file.data, issue.path);
		const where = formatPath(issue.path) || '(file)';
		problems.push(`${file.path} › ${item ? `${item} › ` : ''}${where}: ${issue.message}`);
	}
	return undefined;
}

const list = (ids: Iterable<string>) => [...ids].join(', ');

export function validateContent(raw: RawContent): Content {
	const problems: string[] = [];
	const set = parseFile(questionSetFile, raw.questionSet, problems);
	const files = raw.dimensions
		.map((file) => ({ file, parsed: parseFile(dimensionFile, file, problems) }))
		.filter((entry): entry is { file: RawFile; parsed: DimensionFile } => !!entry.parsed);
	const benchmarks = raw.benchmarks
		.map((file) => ({ file, parsed: parseFile(benchmarkFile, file, problems) }))
		.filter((entry) => !!entry.parsed);
	const recommendationData = parseFile(recommendationFile, raw.recommendations, problems);
	if (problems.length) throw new ContentError(problems);

	// Benchmarks first: questions link to their figures.
	const sources: Content['sources'] = {};
	const segments: Content['segments'] = {};
	const figures: Content['figures'] = {};
	for (const { file, parsed } of benchmarks) {
		if (!parsed) continue;
		const sourceId = parsed.source.id;
		if (sources[sourceId])
			problems.push(`${file.path} › source.id: duplicate source id "${sourceId}"`);
		sources[sourceId] = parsed.source;
		for (const segment of parsed.segments) {
			if (segments[segment.id]) {
				problems.push(`${file.path} › segment "${segment.id}": duplicate segment id`);
			}
			segments[segment.id] = { ...segment, source: sourceId };
		}
		for (const figure of parsed.figures) {
			if (figures[figure.id])
				problems.push(`${file.path} › figure "${figure.id}": duplicate figure id`);
			if (!segments[figure.segment] || segments[figure.segment]?.source !== sourceId) {
				problems.push(
					`${file.path} › figure "${figure.id}" › segment: "${figure.segment}" is not a segment of this file`
				);
			}
			if (figure.quote !== undefined && !figure.quote.includes(String(figure.value))) {
				problems.push(
					`${file.path} › figure "${figure.id}" › quote: the quote does not contain the value ${figure.value}`
				);
			}
			figures[figure.id] = { ...figure, source: sourceId };
		}
	}
	for (const { file, parsed } of benchmarks) {
		for (const figure of parsed?.figures ?? []) {
			for (const from of figure.derived?.from ?? []) {
				if (!figures[from]) {
					problems.push(
						`${file.path} › figure "${figure.id}" › derived.from: figure "${from}" does not exist`
					);
				}
			}
		}
	}

	// Questions, in asking order.
	const order = set?.dimensions ?? [];
	const byDimension = new Map(files.map((entry) => [entry.parsed.dimension.id, entry]));
	for (const dimension of order) {
		if (!byDimension.has(dimension)) {
			problems.push(
				`${raw.questionSet.path} › dimensions: no question file defines dimension "${dimension}"`
			);
		}
	}
	for (const { file, parsed } of files) {
		if (!order.includes(parsed.dimension.id)) {
			problems.push(
				`${file.path} › dimension.id: "${parsed.dimension.id}" is not listed in ${raw.questionSet.path}`
			);
		}
	}
	const ordered = order.flatMap((dimension) => {
		const entry = byDimension.get(dimension);
		return entry ? [entry] : [];
	});

	const questionFile = new Map<string, string>();
	const questionIndex = new Map<string, number>();
	const questions = new Map<string, Question>();
	ordered.forEach(({ file, parsed }) =>
		parsed.questions.forEach((question) => {
			const earlier = questionFile.get(question.id);
			if (earlier) {
				problems.push(
					`${file.path} › question "${question.id}" › id: duplicate question id (also in ${earlier})`
				);
				return;
			}
			questionFile.set(question.id, file.path);
			questionIndex.set(question.id, questionIndex.size);
			questions.set(question.id, question);
		})
	);

	const checkCondition = (where: string, self: Question, condition: ShowIf) => {
		const target = questions.get(condition.question);
		if (!target) {
			problems.push(`${where}.question: question "${condition.question}" does not exist`);
			return;
		}
		if ((questionIndex.get(target.id) ?? 0) >= (questionIndex.get(self.id) ?? 0)) {
			problems.push(
				`${where}.question: "${condition.question}" is not asked before "${self.id}" — a condition may only depend on an earlier question`
			);
		}
		const optionIds = new Set(target.options.map((option) => option.id));
		condition.anyOf.forEach((optionId, index) => {
			if (!optionIds.has(optionId)) {
				problems.push(
					`${where}.anyOf[${index}]: option "${optionId}" does not exist in question "${target.id}" (options: ${list(optionIds)})`
				);
			}
		});
	};

	// A loop is reported as a loop, before the forward reference it necessarily contains.
	const loops = findLoops(questions);
	for (const loop of loops) {
		const first = loop[0] ?? '';
		problems.push(
			`${questionFile.get(first)} › question "${first}" › showIf: skip conditions form a loop (${[...loop, first].join(' → ')})`
		);
	}
	const inLoop = new Set(loops.flat());

	for (const [questionId, question] of questions) {
		const where = `${questionFile.get(questionId)} › question "${questionId}"`;
		if (question.showIf && !inLoop.has(questionId)) {
			checkCondition(`${where} › showIf`, question, question.showIf);
		}
		if (question.likelihood?.when) {
			checkCondition(`${where} › likelihood.when`, question, question.likelihood.when);
		}
		const optionIds = new Set(question.options.map((option) => option.id));
		const grouped = new Set<string>();
		question.likelihood?.groups.forEach((group, groupIndex) => {
			group.options.forEach((optionId, index) => {
				if (!optionIds.has(optionId)) {
					problems.push(
						`${where} › likelihood.groups[${groupIndex}].options[${index}]: option "${optionId}" does not exist (options: ${list(optionIds)})`
					);
				}
				if (grouped.has(optionId)) {
					problems.push(
						`${where} › likelihood.groups[${groupIndex}].options[${index}]: option "${optionId}" is in two groups`
					);
				}
				grouped.add(optionId);
			});
			for (const key of ['felt', 'notFelt'] as const) {
				if (!figures[group[key]]) {
					problems.push(
						`${where} › likelihood.groups[${groupIndex}].${key}: figure "${group[key]}" does not exist`
					);
				}
			}
		});
		question.benchmarks.forEach((figureId, index) => {
			if (!figures[figureId]) {
				problems.push(`${where} › benchmarks[${index}]: figure "${figureId}" does not exist`);
			}
		});
	}

	const recommendations = recommendationData?.recommendations ?? [];
	const recommendationIds = new Set<string>();
	recommendations.forEach((recommendation, index) => {
		const where = `${raw.recommendations.path} › recommendation "${recommendation.id}"`;
		if (recommendationIds.has(recommendation.id)) {
			problems.push(`${where} › id: duplicate recommendation id`);
		}
		recommendationIds.add(recommendation.id);
		const question = questions.get(recommendation.question);
		if (!question) {
			problems.push(
				`${where} › question: question "${recommendation.question}" does not exist (recommendations[${index}])`
			);
			return;
		}
		const optionIds = new Set(question.options.map((option) => option.id));
		[...recommendation.whenAnswer, recommendation.target].forEach((optionId) => {
			if (!optionIds.has(optionId)) {
				problems.push(
					`${where}: option "${optionId}" does not exist in question "${question.id}" (options: ${list(optionIds)})`
				);
			}
		});
		if (recommendation.whenAnswer.includes(recommendation.target)) {
			problems.push(
				`${where} › target: "${recommendation.target}" is also in whenAnswer — it would advise an answer the user already gave`
			);
		}
		recommendation.evidence.forEach((figureId, evidenceIndex) => {
			if (!figures[figureId]) {
				problems.push(`${where} › evidence[${evidenceIndex}]: figure "${figureId}" does not exist`);
			}
		});
	});

	if (problems.length) throw new ContentError(problems);
	return {
		version: set!.version,
		dimensions: ordered.map(({ parsed }) => ({ ...parsed.dimension, questions: parsed.questions })),
		sources,
		segments,
		figures,
		recommendations
	};
}

/** Cycles in the showIf graph, each as the list of question ids on it. */
function findLoops(questions: Map<string, Question>): string[][] {
	const loops: string[][] = [];
	const done = new Set<string>();
	for (const start of questions.keys()) {
		const path: string[] = [];
		let current: string | undefined = start;
		while (current && questions.has(current) && !done.has(current)) {
			const at = path.indexOf(current);
			if (at >= 0) {
				loops.push(path.slice(at));
				break;
			}
			path.push(current);
			current = questions.get(current)?.showIf?.question;
		}
		path.forEach((questionId) => done.add(questionId));
	}
	return loops;
}
