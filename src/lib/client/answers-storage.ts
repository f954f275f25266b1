/**
 * How answers are written to and read back from browser storage. Pure (no Svelte, no window), so
 * the restore rules can be tested without a browser; answers.svelte.ts does the actual I/O.
 *
 * The stored record carries the question-set version it was written against. Whatever comes back
 * — an older version, hand-edited storage, a truncated write — goes through normaliseAnswers, so
 * the app only ever holds answers that fit the current questions, and the user is told how many
 * were dropped rather than losing them silently.
 */
import type { QuizQuestionSet } from '../content/validate.ts';
import { normaliseAnswers, type Normalised } from '../domain/questionnaire.ts';
import type { AnswerMap, AnswersFile } from '../domain/schema.ts';

/** Bump the suffix only if the record's shape changes; question-set changes are handled inside. */
export const STORAGE_KEY = 'cs-maturity-check:v1';

export interface StoredAnswers {
	questionSet: string;
	answers: AnswerMap;
	updatedAt: string;
}

export interface DroppedCounts {
	/** The question no longer exists. */
	unknownQuestion: number;
	/** The question exists but the answer does not fit it (removed option, wrong shape). */
	invalidAnswer: number;
	/** The question is no longer shown for the other answers, so its answer cannot count. */
	hidden: number;
}

/** Why the answers the user got back are not exactly the answers that were stored. */
export type RestoreNotice =
	| { kind: 'corrupt' }
	| {
			kind: 'mismatch';
			/** null when the record did not say which question set it was written against. */
			storedVersion: string | null;
			currentVersion: string;
			kept: number;
			dropped: DroppedCounts;
	  }
	| { kind: 'storage_unavailable' };

export interface Restored {
	answers: AnswerMap;
	updatedAt: string | null;
	/** Shown to the user until dismissed; null when the stored state matched exactly. */
	notice: RestoreNotice | null;
}

/** Now, as stored in `updatedAt`. */
export function timestamp(): string {
	return new Date().toISOString();
}

/** The record to store; `updatedAt` is an ISO 8601 timestamp. */
export function serialiseAnswers(
	set: QuizQuestionSet,
	answers: AnswerMap,
	updatedAt: string
): string {
	const record: StoredAnswers = { questionSet: set.version, answers, updatedAt };
	return JSON.stringify(record);
}

export function droppedTotal(dropped: DroppedCounts): number {
	return dropped.unknownQuestion + dropped.invalidAnswer + dropped.hidden;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value normaliseAnswers can judge; anything else (numbers, null, objects) is simply invalid. */
const isAnswerShaped = (value: unknown): value is string | string[] =>
	typeof value === 'string' ||
	(Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'));

function countDrops(dropped: Normalised['dropped'], malformed: number): DroppedCounts {
	const count = (reason: Normalised['dropped'][number]['reason']) =>
		dropped.filter((drop) => drop.reason === reason).length;
	return {
		unknownQuestion: count('unknown_question'),
		invalidAnswer: count('invalid') + malformed,
		hidden: count('hidden')
	};
}

/**
 * Brings answers from outside (storage, an imported file) in line with the current question set.
 * The notice is null only when nothing had to change.
 */
export function reconcileAnswers(
	set: QuizQuestionSet,
	storedVersion: string | null,
	rawAnswers: Record<string, unknown>
): { answers: AnswerMap; notice: RestoreNotice | null } {
	const shaped: AnswerMap = {};
	let malformed = 0;
	for (const [questionId, value] of Object.entries(rawAnswers)) {
		if (isAnswerShaped(value)) shaped[questionId] = value;
		else malformed += 1;
	}
	const { answers, dropped } = normaliseAnswers(set, shaped);
	const counts = countDrops(dropped, malformed);
	const versionChanged = storedVersion !== set.version;
	if (!versionChanged && droppedTotal(counts) === 0) return { answers, notice: null };
	return {
		answers,
		notice: {
			kind: 'mismatch',
			storedVersion,
			currentVersion: set.version,
			kept: Object.keys(answers).length,
			dropped: counts
		}
	};
}

/** Reads what storage returned for STORAGE_KEY (null when nothing was stored). */
export function restoreAnswers(set: QuizQuestionSet, raw: string | null): Restored {
	if (raw === null) return { answers: {}, updatedAt: null, notice: null };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { answers: {}, updatedAt: null, notice: { kind: 'corrupt' } };
	}
	if (!isRecord(parsed) || !isRecord(parsed.answers)) {
		return { answers: {}, updatedAt: null, notice: { kind: 'corrupt' } };
	}
	const storedVersion = typeof parsed.questionSet === 'string' ? parsed.questionSet : null;
	const updatedAt =
		typeof parsed.updatedAt === 'string' && !Number.isNaN(Date.parse(parsed.updatedAt))
			? parsed.updatedAt
			: null;
	return { ...reconcileAnswers(set, storedVersion, parsed.answers), updatedAt };
}

/** The same rules for an imported answers file (already checked against the answersFile schema). */
export function reconcileAnswersFile(
	set: QuizQuestionSet,
	file: AnswersFile
): { answers: AnswerMap; notice: RestoreNotice | null } {
	return reconcileAnswers(set, file.questionSet, file.answers);
}
