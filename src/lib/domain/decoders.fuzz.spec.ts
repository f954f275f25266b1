/**
 * Fuzz tests of the two decoders that read user-supplied data in the browser: the share link
 * and the answers-file import. Thousands of random and mutated inputs; each one must be either
 * accepted as valid or rejected with one of the documented reasons — never a throw, and never a
 * wrong result passed off as the right one.
 */
import fc from 'fast-check';
import questions from 'virtual:questions';
import { describe, expect, it } from 'vitest';
import { completeAnswers, partialAnswers } from './answers.arbitrary.ts';
import { parseAnswersFile, type ImportReason } from './import-answers.ts';
import { normaliseAnswers } from './questionnaire.ts';
import type { AnswerMap } from './schema.ts';
import { decodeShareLink, encodeShareLink, type ShareLinkReason } from './share-link.ts';

const RUNS = 1500;
/** Generous: the runs take a second or two alone, far longer on a busy machine. */
const TIMEOUT = 120_000;

const SHARE_REASONS: ShareLinkReason[] = ['empty', 'truncated', 'tampered', 'version', 'malformed'];
const IMPORT_REASONS: ImportReason[] = [
	'too_large',
	'empty',
	'not_json',
	'not_object',
	'not_answers_file',
	'invalid',
	'no_usable_answers'
];

/** Answers the app can hold: already normalised, so normalising again changes nothing. */
function expectNormalised(answers: AnswerMap) {
	expect(normaliseAnswers(questions, answers)).toEqual({ answers, dropped: [] });
}

/** One random edit of a string: change, delete, insert, cut, duplicate or percent-encode. */
const edit = (alphabet: fc.Arbitrary<string>) =>
	fc.oneof(
		fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: alphabet }),
		fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
		fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: alphabet }),
		fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
		fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
		fc.record({ kind: fc.constant('encode' as const), at: fc.nat() })
	);
type Edit = typeof edit extends (...args: never[]) => fc.Arbitrary<infer E> ? E : never;

function applyEdits(text: string, edits: Edit[]): string {
	let out = text;
	for (const change of edits) {
		const at = out.length ? change.at % out.length : 0;
		switch (change.kind) {
			case 'replace':
				out = out.slice(0, at) + change.char + out.slice(at + 1);
				break;
			case 'delete':
				out = out.slice(0, at) + out.slice(at + 1);
				break;
			case 'insert':
				out = out.slice(0, at) + change.char + out.slice(at);
				break;
			case 'cut':
				out = out.slice(0, at);
				break;
			case 'swap':
				out = out.slice(0, at) + (out[at + 1] ?? '') + (out[at] ?? '') + out.slice(at + 2);
				break;
			case 'encode':
				out =
					out.slice(0, at) +
					encodeURIComponent(out[at] ?? '').replace(
						/^[A-Za-z0-9]$/,
						(c) => `%${c.charCodeAt(0).toString(16)}`
					) +
					out.slice(at + 1);
				break;
		}
	}
	return out;
}

const linkChars = fc.constantFrom(
	...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~.%#r '.split('')
);

describe('share-link decoder fuzz', () => {
	function checkShare(input: unknown, original?: AnswerMap) {
		const result = decodeShareLink(questions, input);
		if (result.ok) {
			expect(result.questionSet).toBe(questions.version);
			expectNormalised(result.answers);
			// A changed link is either refused or reads back exactly what was encoded.
			if (original) {
				expect(result.answers).toEqual(original);
				expect(result.dropped).toEqual([]);
			}
		} else {
			expect(SHARE_REASONS).toContain(result.reason);
			// The safety net in decodeShareLink never had to catch anything.
			if (result.reason === 'malformed') expect(result.detail).not.toBe('unreadable');
		}
		return result;
	}

	it(
		`accepts or rejects ${RUNS} random strings`,
		() => {
			fc.assert(
				fc.property(
					fc.oneof(
						fc.string({ maxLength: 200 }),
						fc.string({ unit: 'grapheme', maxLength: 100 }),
						fc.string({ unit: linkChars, maxLength: 80 }),
						fc
							.string({ unit: linkChars, maxLength: 60 })
							.map((data) => `r1~${questions.version}~${data}`),
						fc.base64String({ maxLength: 80 }).map((data) => `#r1~${questions.version}~${data}`)
					),
					(input) => {
						checkShare(input);
					}
				),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT
	);

	it(
		`never reads a wrong answer set from ${RUNS} mutated links`,
		() => {
			let rejected = 0;
			fc.assert(
				fc.property(
					fc.oneof(completeAnswers(questions), partialAnswers(questions)),
					fc.array(edit(linkChars), { minLength: 1, maxLength: 4 }),
					(answers, edits) => {
						const fragment = encodeShareLink(questions, answers);
						const mutated = applyEdits(fragment, edits);
						const result = checkShare(mutated, answers);
						if (!result.ok) rejected += 1;
					}
				),
				{ numRuns: RUNS }
			);
			// Nearly every edit changes the link; only a percent-encoding of the same text survives.
			expect(rejected).toBeGreaterThan(RUNS * 0.8);
		},
		TIMEOUT
	);

	it(
		'accepts or rejects values that are not strings',
		() => {
			fc.assert(
				fc.property(fc.anything(), (input) => {
					checkShare(input);
				}),
				{ numRuns: 200 }
			);
		},
		TIMEOUT
	);
});

describe('import decoder fuzz', () => {
	function checkImport(text: unknown) {
		const result = parseAnswersFile(questions, text);
		if (result.ok) {
			expectNormalised(result.answers);
			expect(Object.keys(result.answers).length).toBeGreaterThan(0);
			// What was kept plus what was dropped accounts for every answer in the file.
			const kept = Object.keys(result.answers).length;
			expect(kept + result.dropped.length).toBe(Object.keys(result.rawAnswers).length);
		} else {
			expect(IMPORT_REASONS).toContain(result.reason);
			if (result.reason === 'invalid') expect(result.issues.length).toBeGreaterThan(0);
		}
		return result;
	}

	const validFile = fc
		.tuple(
			fc.oneof(completeAnswers(questions), partialAnswers(questions)),
			fc.constantFrom(questions.version, '2025.1', '2026.9')
		)
		.map(([answers, questionSet]) => ({ questionSet, answers }) as Record<string, unknown>);

	it(
		`accepts or rejects ${RUNS} random JSON values and strings`,
		() => {
			fc.assert(
				fc.property(
					fc.oneof(
						fc.json(),
						fc
							.jsonValue()
							.map((value) => JSON.stringify({ questionSet: '2026.1', answers: value })),
						fc.string({ maxLength: 300 }),
						fc
							.dictionary(fc.string(), fc.jsonValue())
							.map((answers) => JSON.stringify({ questionSet: questions.version, answers }))
					),
					(text) => {
						checkImport(text);
					}
				),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT
	);

	it(
		`accepts or rejects ${RUNS} mutated answers files`,
		() => {
			const valueMutation = fc.oneof(
				// Replace one answer with anything JSON can hold.
				fc.tuple(fc.constant('answer' as const), fc.nat(), fc.jsonValue()),
				// Add or change a top-level key.
				fc.tuple(fc.constant('key' as const), fc.string({ maxLength: 12 }), fc.jsonValue()),
				// Drop a top-level key.
				fc.tuple(
					fc.constant('drop' as const),
					fc.constantFrom('questionSet', 'answers'),
					fc.constant(null)
				)
			);
			fc.assert(
				fc.property(
					validFile,
					fc.array(valueMutation, { maxLength: 3 }),
					fc.array(edit(fc.string({ minLength: 1, maxLength: 1 })), { maxLength: 3 }),
					(file, mutations, edits) => {
						const data = structuredClone(file);
						for (const [kind, where, value] of mutations) {
							if (kind === 'answer') {
								const answers = data.answers as Record<string, unknown>;
								const keys = Object.keys(answers ?? {});
								if (answers && keys.length) answers[keys[where % keys.length]!] = value;
							} else if (kind === 'key') {
								data[where] = value;
							} else {
								delete data[where];
							}
						}
						checkImport(applyEdits(JSON.stringify(data), edits));
					}
				),
				{ numRuns: RUNS }
			);
		},
		TIMEOUT
	);

	it(
		'accepts or rejects values that are not strings',
		() => {
			fc.assert(
				fc.property(fc.anything(), (input) => {
					checkImport(input);
				}),
				{ numRuns: 200 }
			);
		},
		TIMEOUT
	);
});
