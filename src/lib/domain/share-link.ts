/**
 * The share link: a set of answers packed into the URL fragment (`/share#r1~2026.1~…`), which
 * browsers never send to the server. Pure TypeScript, shared by the browser and the tests.
 *
 * Layout of the fragment: `r1~<question-set version>~<base64url data>`, where the data is
 *
 *   [payload length: 1 byte, then its complement][question layout: 4 bytes][payload][CRC-32: 4 bytes]
 *
 * - The payload holds one field per question, in asking order, packed MSB first: a single
 *   choice (single, scale, bands) is the option's index + 1 in the fewest bits that hold every
 *   option (0 = not answered); a multiple choice is one bit per option.
 * - Indices only mean something for one question set, so the link names its version, and the
 *   question layout (an FNV-1a hash of every question's id, type and option ids, in order)
 *   catches a question set that was reordered without a version bump.
 * - The payload length makes a cut-off link recognisable as truncated, whatever its version; its
 *   complement makes a changed length recognisable as a change rather than a cut.
 * - The CRC-32 covers the prefix text and every byte before it, so a changed character (version
 *   included) is detected; the data must also be the canonical base64url of its bytes.
 *
 * decodeShareLink never throws: it returns the answers, or the reason the link cannot be read.
 */
import type { QuizQuestionSet } from '../content/validate.ts';
import { allQuestions, normaliseAnswers, type Normalised } from './questionnaire.ts';
import type { AnswerMap } from './schema.ts';

/** The format marker. A new layout of the data gets r2, and r1 links keep working or say why. */
export const SHARE_FORMAT = 'r1';
/** Far longer than any real link (about 40 characters today); longer input is not decoded. */
export const MAX_SHARE_FRAGMENT = 2048;

const SEPARATOR = '~';
const VERSION_PATTERN = /^\d{4}\.\d+$/;
const DATA_PATTERN = /^[A-Za-z0-9_-]*$/;
const HEADER_BYTES = 6;
const CHECKSUM_BYTES = 4;

export type ShareLinkFailure =
	/** No fragment at all (someone opened /share directly). */
	| { ok: false; reason: 'empty' }
	/** The link was cut off (copied or pasted only in part). */
	| { ok: false; reason: 'truncated' }
	/** The link was changed: its checksum does not match. */
	| { ok: false; reason: 'tampered' }
	/** The link belongs to another version of the questions, or of the link format. */
	| {
			ok: false;
			reason: 'version';
			cause: 'question_set' | 'questions_changed' | 'link_format';
			/** The question-set version named by the link (null when it could not be read). */
			linkVersion: string | null;
			currentVersion: string;
	  }
	/** Not a share link of this app (wrong characters, extra parts, impossible values). */
	| { ok: false; reason: 'malformed'; detail: string };

export type ShareLinkResult =
	| {
			ok: true;
			questionSet: string;
			answers: AnswerMap;
			/** Answers in the link that do not fit together (only in hand-made links). */
			dropped: Normalised['dropped'];
	  }
	| ShareLinkFailure;

export type ShareLinkReason = ShareLinkFailure['reason'];

// ---------------------------------------------------------------------------
// Checksums

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 (IEEE 802.3, as in zip and PNG). */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** 32-bit FNV-1a over the UTF-16 code units of a string. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

// ---------------------------------------------------------------------------
// base64url without padding (no Buffer, no btoa: the same code runs in Node and browsers)

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_INDEX = new Map([...ALPHABET].map((char, index) => [char, index]));

export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let j = 0; j < chars; j++) out += ALPHABET[(chunk >> (18 - 6 * j)) & 63];
	}
	return out;
}

/** Decodes whole bytes only; a dangling character (a cut-off link) is ignored. */
function fromBase64Url(text: string): Uint8Array {
	const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
	let buffer = 0;
	let bits = 0;
	let index = 0;
	for (const char of text) {
		buffer = ((buffer << 6) | ALPHABET_INDEX.get(char)!) & 0xffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			if (index < bytes.length) bytes[index++] = (buffer >> bits) & 0xff;
		}
	}
	return bytes;
}

const base64Length = (bytes: number) => Math.ceil((bytes * 8) / 6);

// ---------------------------------------------------------------------------
// The question layout

interface Field {
	questionId: string;
	multi: boolean;
	optionIds: string[];
	bits: number;
}

function fields(set: QuizQuestionSet): Field[] {
	return allQuestions(set).map((question) => {
		const optionIds = question.options.map((option) => option.id);
		const multi = question.type === 'multi';
		return {
			questionId: question.id,
			multi,
			optionIds,
			bits: multi ? optionIds.length : Math.ceil(Math.log2(optionIds.length + 1))
		};
	});
}

/** Changes whenever an index would point at another question or option. */
export function layoutFingerprint(set: QuizQuestionSet): number {
	return fnv1a(
		allQuestions(set)
			.map(
				(question) =>
					`${question.id}:${question.type}:${question.options.map((option) => option.id).join(',')}`
			)
			.join(';')
	);
}

const payloadBytes = (layout: Field[]) =>
	Math.ceil(layout.reduce((total, field) => total + field.bits, 0) / 8);

const headerText = (version: string) => `${SHARE_FORMAT}${SEPARATOR}${version}${SEPARATOR}`;

function checksum(version: string, bytes: Uint8Array): number {
	const header = new TextEncoder().encode(headerText(version));
	const all = new Uint8Array(header.length + bytes.length);
	all.set(header);
	all.set(bytes, header.length);
	return crc32(all);
}

function writeUint32(bytes: Uint8Array, at: number, value: number) {
	bytes[at] = value >>> 24;
	bytes[at + 1] = (value >>> 16) & 0xff;
	bytes[at + 2] = (value >>> 8) & 0xff;
	bytes[at + 3] = value & 0xff;
}

const readUint32 = (bytes: Uint8Array, at: number) =>
	((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;

// ---------------------------------------------------------------------------
// Encode

/**
 * The fragment (without `#`) for a set of answers. The answers are normalised first, so only
 * what the results page scores goes into the link.
 */
export function encodeShareLink(set: QuizQuestionSet, rawAnswers: AnswerMap): string {
	const { answers } = normaliseAnswers(set, rawAnswers);
	const layout = fields(set);
	const length = payloadBytes(layout);
	if (length > 0xff) throw new Error('The question set is too large for a share link');
	const bytes = new Uint8Array(HEADER_BYTES + length + CHECKSUM_BYTES);
	bytes[0] = length;
	bytes[1] = length ^ 0xff;
	writeUint32(bytes, 2, layoutFingerprint(set));
	let bit = 0;
	const put = (value: number, width: number) => {
		for (let i = width - 1; i >= 0; i--, bit++) {
			if ((value >> i) & 1) bytes[HEADER_BYTES + (bit >> 3)]! |= 0x80 >> (bit & 7);
		}
	};
	for (const field of layout) {
		const value = answers[field.questionId];
		if (field.multi) {
			const selected = Array.isArray(value) ? value : [];
			field.optionIds.forEach((optionId) => put(selected.includes(optionId) ? 1 : 0, 1));
		} else {
			put(typeof value === 'string' ? field.optionIds.indexOf(value) + 1 : 0, field.bits);
		}
	}
	const body = bytes.subarray(0, HEADER_BYTES + length);
	writeUint32(bytes, HEADER_BYTES + length, checksum(set.version, body));
	return headerText(set.version) + toBase64Url(bytes);
}

// ---------------------------------------------------------------------------
// Decode

const malformed = (detail: string): ShareLinkFailure => ({
	ok: false,
	reason: 'malformed',
	detail
});

function splitFragment(input: string): { text: string } | ShareLinkFailure {
	let text = input.trim();
	if (text.startsWith('#')) text = text.slice(1);
	if (text.length === 0) return { ok: false, reason: 'empty' };
	if (text.length > MAX_SHARE_FRAGMENT) return malformed('too long');
	if (text.includes('%')) {
		// Some apps percent-encode the fragment when they pass a link on.
		try {
			text = decodeURIComponent(text);
		} catch {
			return malformed('invalid percent-encoding');
		}
	}
	return { text };
}

/**
 * Reads a share link's fragment (with or without the `#`) against the current question set.
 * Never throws; never returns answers that were not in the link.
 */
export function decodeShareLink(set: QuizQuestionSet, input: unknown): ShareLinkResult {
	try {
		return decode(set, input);
	} catch {
		// Nothing above is expected to throw; this is the promise to the pages, kept.
		return malformed('unreadable');
	}
}

function decode(set: QuizQuestionSet, input: unknown): ShareLinkResult {
	if (typeof input !== 'string') return malformed('not text');
	const split = splitFragment(input);
	if ('ok' in split) return split;
	const parts = split.text.split(SEPARATOR);
	const [format = '', version = '', data] = parts;
	const versionFailure = (cause: 'question_set' | 'questions_changed' | 'link_format') =>
		({
			ok: false,
			reason: 'version',
			cause,
			linkVersion: VERSION_PATTERN.test(version) ? version : null,
			currentVersion: set.version
		}) as const;

	if (format !== SHARE_FORMAT) {
		if (parts.length === 1 && SHARE_FORMAT.startsWith(format))
			return { ok: false, reason: 'truncated' };
		if (/^r\d{1,3}$/.test(format)) return versionFailure('link_format');
		return malformed('not a share link');
	}
	if (data === undefined) {
		// Cut off inside the version: `r1~2026.` or `r1~2026.1`.
		return /^[\d.]*$/.test(version) ? { ok: false, reason: 'truncated' } : malformed('bad version');
	}
	if (parts.length > 3) return malformed('too many parts');
	if (!VERSION_PATTERN.test(version)) return malformed('bad version');
	if (!DATA_PATTERN.test(data)) return malformed('unexpected characters');

	const bytes = fromBase64Url(data);
	if (bytes.length < 2) return { ok: false, reason: 'truncated' };
	const length = bytes[0]!;
	if (bytes[1] !== (length ^ 0xff)) return { ok: false, reason: 'tampered' };
	const total = HEADER_BYTES + length + CHECKSUM_BYTES;
	const expectedChars = base64Length(total);
	if (data.length < expectedChars) return { ok: false, reason: 'truncated' };
	if (data.length > expectedChars) return malformed('extra characters at the end');
	// Unused low bits of the last character must be zero: one link, one spelling.
	if (toBase64Url(bytes) !== data) return { ok: false, reason: 'tampered' };
	const body = bytes.subarray(0, HEADER_BYTES + length);
	if (readUint32(bytes, HEADER_BYTES + length) !== checksum(version, body)) {
		return { ok: false, reason: 'tampered' };
	}

	if (version !== set.version) return versionFailure('question_set');
	if (readUint32(bytes, 2) !== layoutFingerprint(set)) return versionFailure('questions_changed');
	const layout = fields(set);
	if (length !== payloadBytes(layout)) return malformed('wrong payload length');

	let bit = 0;
	const take = (width: number) => {
		let value = 0;
		for (let i = 0; i < width; i++, bit++) {
			value = (value << 1) | ((bytes[HEADER_BYTES + (bit >> 3)]! >> (7 - (bit & 7))) & 1);
		}
		return value;
	};
	const answers: AnswerMap = {};
	for (const field of layout) {
		if (field.multi) {
			const selected = field.optionIds.filter(() => take(1) === 1);
			if (selected.length > 0) answers[field.questionId] = selected;
		} else {
			const value = take(field.bits);
			if (value > field.optionIds.length) return malformed(`no such option in ${field.questionId}`);
			if (value > 0) answers[field.questionId] = field.optionIds[value - 1]!;
		}
	}
	if (take(length * 8 - bit) !== 0) return malformed('padding bits set');
	const normalised = normaliseAnswers(set, answers);
	return {
		ok: true,
		questionSet: version,
		answers: normalised.answers,
		dropped: normalised.dropped
	};
}
