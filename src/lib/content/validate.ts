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
	type QuizQuestion,
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

/** The question set as the questionnaire needs it (virtual:questions): see QuizQuestion. */
export interface QuizQuestionSet {
	version: string;
	dimensions: (Omit<Dimension, 'questions'> & { questions: QuizQuestion[] })[];
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
			`The content files are invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
				problems.map((problem) => `  • ${problem}`).join('\n')
		);
		this.name = 'ContentError';
	}
}

/** What one element of a list is called in messages: `questions[2]` is a question. */
const ITEM_KINDS: Record<string, string> = {
	dimensions: 'dimension',
	questions: 'question',
	options: 'option',
	sources: 'source',
	segments: 'segment',
	figures: 'figure',
	recommendations: 'recommendation'
};

const hasId = (node: unknown): node is { id: string } =>
	!!node && typeof node === 'object' && 'id' in node && typeof node.id === 'string';

/**
 * Where an issue is, named by the items it lands in rather than by list indexes:
 * `questions[1].options[2].id` becomes `question "touch_activities" › option "partly" › id`.
 * Items without a usable id keep their index (`likelihood.groups[0].felt`).
 */
function describeLocation(data: unknown, path: PropertyKey[]): string {
	const parts: string[] = [];
	let field = '';
	let node: unknown = data;
	let parentKey: PropertyKey | undefined;
	for (const key of path) {
		node =
			node !== null && typeof node === 'object'
				? (node as Record<PropertyKey, unknown>)[key as string]
				: undefined;
		const kind =
			typeof key === 'number'
				? ITEM_KINDS[String(parentKey)]
				: Object.values(ITEM_KINDS).includes(String(key))
					? String(key)
					: undefined;
		if (kind && hasId(node)) {
			// `options[2]` is replaced by the item's name (`dimension` by `dimension "touch"`).
			const listName = String(parentKey);
			if (typeof key === 'number' && (field === listName || field.endsWith(`.${listName}`))) {
				field = field.slice(0, -listName.length).replace(/\.$/, '');
			}
			if (field) parts.push(field);
			parts.push(`${kind} "${node.id}"`);
			field = '';
		} else if (typeof key === 'number') {
			field = `${field}[${key}]`;
		} else {
			field = field ? `${field}.${String(key)}` : String(key);
		}
		parentKey = key;
	}
	if (field) parts.push(field);
	return parts.join(' › ');
}

/** The value at a path of the raw data, or undefined when the path does not exist. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
	let node = data;
	for (const key of path) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<PropertyKey, unknown>)[key as string];
	}
	return node;
}

const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

/** Zod's message, reworded where its default says less than the data does. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
	const value = valueAt(data, issue.path);
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined || value === null) {
				return issue.path.length
					? `missing (expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`})`
					: 'the file is empty';
			}
			return issue.message;
		case 'invalid_value':
			return `unknown value ${quoted(value)} — expected one of ${issue.values.map(quoted).join(', ')}`;
		case 'unrecognized_keys':
			return 'unknown field (misspelt, or not part of the format)';
		case 'too_big':
		case 'too_small':
		case 'invalid_format':
			return (typeof value === 'number' || (typeof value === 'string' && value.trim())) &&
				!issue.message.includes(quoted(value))
				? `${issue.message} (found ${quoted(value)})`
				: issue.message;
		default:
			return issue.message;
	}
}

function parseFile<S extends z.ZodType>(
	schema: S,
	file: RawFile,
	problems: string[]
): z.infer<S> | undefined {
	const result = schema.safeParse(file.data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		// An unknown field is reported at the field itself, one problem per field.
		const paths =
			issue.code === 'unrecognized_keys'
				? issue.keys.map((key) => [...issue.path, key])
				: [issue.path];
		for (const path of paths) {
			const where = describeLocation(file.data, path);
			problems.push(
				`${file.path}${where ? ` › ${where}` : ''}: ${describeIssue(issue, file.data)}`
			);
		}
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
	const figureFile = new Map<string, string>();
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
			figureFile.set(figure.id, file.path);
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
		const conflictWith = new Map<string, number>();
		question.conflicts.forEach((conflict, conflictIndex) => {
			// One entry per earlier question: two would be one pair of answers found twice.
			const first = conflictWith.get(conflict.with.question);
			if (first !== undefined) {
				problems.push(
					`${where} › conflicts[${conflictIndex}].with.question: "${conflict.with.question}" already has an entry (conflicts[${first}]) — list every option in that one`
				);
			}
			conflictWith.set(conflict.with.question, first ?? conflictIndex);
			conflict.options.forEach((optionId, index) => {
				if (!optionIds.has(optionId)) {
					problems.push(
						`${where} › conflicts[${conflictIndex}].options[${index}]: option "${optionId}" does not exist (options: ${list(optionIds)})`
					);
				}
			});
			checkCondition(`${where} › conflicts[${conflictIndex}].with`, question, conflict.with);
		});
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

	// A figure that counts one of our answers must name a real question and real options.
	for (const figure of Object.values(figures)) {
		if (!figure.counts) continue;
		const where = `${figureFile.get(figure.id)} › figure "${figure.id}" › counts`;
		const question = questions.get(figure.counts.question);
		if (!question) {
			problems.push(`${where}.question: question "${figure.counts.question}" does not exist`);
			continue;
		}
		const optionIds = new Set(question.options.map((option) => option.id));
		figure.counts.options.forEach((optionId, index) => {
			if (!optionIds.has(optionId)) {
				problems.push(
					`${where}.options[${index}]: option "${optionId}" does not exist in question "${question.id}" (options: ${list(optionIds)})`
				);
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
		const fields = [
			...recommendation.whenAnswer.map((optionId, i) => [`whenAnswer[${i}]`, optionId] as const),
			['target', recommendation.target] as const
		];
		for (const [field, optionId] of fields) {
			if (!optionIds.has(optionId)) {
				problems.push(
					`${where} › ${field}: option "${optionId}" does not exist in question "${question.id}" (options: ${list(optionIds)})`
				);
			}
		}
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
