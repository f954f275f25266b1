/**
 * Reading an answers file the user picked (the JSON download, or a file of `npm run score`), for
 * the import on the start page and the comparison on the results page. Pure TypeScript: the
 * components do the file reading and the store does the saving.
 *
 * The file must have the answers-file shape (`{ questionSet, answers }`); other keys a download
 * carries (exportedAt, result, …) are allowed and ignored, except the export date, which the
 * comparison shows. Answers are then brought in line with the current question set: what still
 * fits is kept, and every dropped answer is listed with its question, so the user is told.
 * parseAnswersFile never throws.
 */
import type { QuizQuestionSet } from '../content/validate.ts';
import {
	findQuestion,
	normaliseAnswers,
	type AnswerProblem,
	type DropReason
} from './questionnaire.ts';
import { answersFile, type AnswerMap, type DimensionId, type LocalizedText } from './schema.ts';

/** Far above any real answers file (a few KB); larger files are refused unread. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/**
 * What an import needs of the answers-file shape: the version and the answers. Everything else a
 * download carries (exportedAt, result, …) is optional, tolerated and never a reason to refuse.
 */
const importedFile = answersFile.pick({ questionSet: true, answers: true }).loose();
const exportedAt = answersFile.shape.exportedAt;

export interface DroppedAnswer {
	questionId: string;
	reason: DropReason;
	problem?: AnswerProblem;
	/** The question as it is now; absent when the question no longer exists. */
	question?: { dimension: DimensionId; text: LocalizedText };
}

export interface ImportedAnswers {
	ok: true;
	/** The question-set version the file names. */
	fileVersion: string;
	versionMatches: boolean;
	/** The file's answers as written, for the store's replaceAll. */
	rawAnswers: AnswerMap;
	/** The answers that fit the current question set. */
	answers: AnswerMap;
	dropped: DroppedAnswer[];
	/** When the file was exported (ISO 8601), when it says and the date is valid. */
	exportedAt: string | null;
}

/**
 * One wrong field of an answers file: where it is (`path`, as written in the file) and what kind
 * of field it is, so the user is told what the field should hold.
 */
export type ImportIssue =
	/** questionSet is missing or not a text; `expected` is the current version. */
	| { field: 'questionSet'; path: string; expected: string }
	/** answers is not an object of question ids and answers. */
	| { field: 'answers'; path: string }
	/** A key of answers is not written as a question id (lower_snake_case). */
	| { field: 'questionId'; path: string }
	/** An answer is not an option id or a list of option ids. */
	| {
			field: 'answer';
			path: string;
			/** The question as it is now; absent when no question has this id. */
			question?: { dimension: DimensionId; text: LocalizedText };
	  }
	/** Anything else the shape check refused. */
	| { field: 'other'; path: string };

export type ImportFailure =
	| { ok: false; reason: 'too_large'; bytes: number; limit: number }
	| { ok: false; reason: 'empty' }
	| { ok: false; reason: 'not_json' }
	| { ok: false; reason: 'not_object' }
	/** Valid JSON, but not an answers file (no `answers`). */
	| { ok: false; reason: 'not_answers_file' }
	/** An answers file with wrong fields; the issues name them. */
	| { ok: false; reason: 'invalid'; issues: ImportIssue[] }
	/** Nothing in the file fits the current questions, so importing it would leave no answers. */
	| { ok: false; reason: 'no_usable_answers'; fileVersion: string; dropped: DroppedAnswer[] };

export type ImportResult = ImportedAnswers | ImportFailure;
export type ImportReason = ImportFailure['reason'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** UTF-8 size of a string, without building the encoded bytes when it is clearly small. */
function utf8Length(text: string): number {
	if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length; // only compared with the limit
	return new TextEncoder().encode(text).length;
}

/** The export date of a download, when it has a valid one. */
function exportDate(file: Record<string, unknown>): string | null {
	const checked = exportedAt.safeParse(file.exportedAt);
	return checked.success && checked.data !== undefined ? checked.data : null;
}

const MAX_ISSUES = 10;

/**
 * The shape check's findings as fields the user can look for in the file: one issue per field
 * (an answer can fail more than one rule), at most MAX_ISSUES.
 */
function describeIssues(
	set: QuizQuestionSet,
	found: readonly { code: string; path: PropertyKey[] }[]
): ImportIssue[] {
	const issues = new Map<string, ImportIssue>();
	for (const { code, path } of found) {
		const issue = issueAt(set, code, path.map(String));
		if (!issues.has(issue.path)) issues.set(issue.path, issue);
	}
	return [...issues.values()].slice(0, MAX_ISSUES);
}

function issueAt(set: QuizQuestionSet, code: string, path: string[]): ImportIssue {
	const [top, questionId] = path;
	if (top === 'questionSet') return { field: 'questionSet', path: top, expected: set.version };
	if (top !== 'answers') return { field: 'other', path: path.join('.') || '(file)' };
	if (questionId === undefined) return { field: 'answers', path: top };
	const at = `answers.${questionId}`;
	if (code === 'invalid_key') return { field: 'questionId', path: at };
	return { field: 'answer', path: at, ...asItIsNow(set, questionId) };
}

/** The question with this id as the current set asks it, for telling the user which one. */
function asItIsNow(set: QuizQuestionSet, questionId: string) {
	const question = findQuestion(set, questionId);
	return question ? { question: { dimension: question.dimension, text: question.text } } : {};
}

/**
 * Parses and checks the text of an answers file against the current question set. `bytes` is
 * the file's size when known (so a huge file is refused before it is read).
 */
export function parseAnswersFile(
	set: QuizQuestionSet,
	text: unknown,
	bytes?: number
): ImportResult {
	try {
		return parse(set, text, bytes);
	} catch {
		// Not expected; the promise to the components is that nothing throws.
		return { ok: false, reason: 'not_json' };
	}
}

function parse(set: QuizQuestionSet, text: unknown, bytes?: number): ImportResult {
	if (bytes !== undefined && bytes > MAX_IMPORT_BYTES) {
		return { ok: false, reason: 'too_large', bytes, limit: MAX_IMPORT_BYTES };
	}
	if (typeof text !== 'string') return { ok: false, reason: 'not_json' };
	const size = utf8Length(text);
	if (size > MAX_IMPORT_BYTES) {
		return { ok: false, reason: 'too_large', bytes: size, limit: MAX_IMPORT_BYTES };
	}
	// Editors on Windows save UTF-8 with a byte-order mark.
	const body = text.replace(/^\uFEFF/, '');
	if (body.trim().length === 0) return { ok: false, reason: 'empty' };
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		return { ok: false, reason: 'not_json' };
	}
	if (!isRecord(data)) return { ok: false, reason: 'not_object' };
	if (!('answers' in data)) return { ok: false, reason: 'not_answers_file' };
	const checked = importedFile.safeParse(data);
	if (!checked.success) {
		return { ok: false, reason: 'invalid', issues: describeIssues(set, checked.error.issues) };
	}
	const { questionSet: fileVersion, answers: rawAnswers } = checked.data;
	const normalised = normaliseAnswers(set, rawAnswers);
	const dropped = normalised.dropped.map((drop): DroppedAnswer => ({
		...drop,
		...asItIsNow(set, drop.questionId)
	}));
	if (Object.keys(normalised.answers).length === 0) {
		return { ok: false, reason: 'no_usable_answers', fileVersion, dropped };
	}
	return {
		ok: true,
		fileVersion,
		versionMatches: fileVersion === set.version,
		rawAnswers,
		answers: normalised.answers,
		dropped,
		exportedAt: exportDate(data)
	};
}
