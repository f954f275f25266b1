import fc from 'fast-check';
import questions from 'virtual:questions';
import { describe, expect, it } from 'vitest';
import { fullAnswers, minimalAnswers } from '../../../tests/helpers/answers.ts';
import type { QuizQuestionSet } from '../content/validate.ts';
import { completeAnswers, partialAnswers } from './answers.arbitrary.ts';
import { allQuestions } from './questionnaire.ts';
import type { AnswerMap } from './schema.ts';
import {
	crc32,
	decodeShareLink,
	encodeShareLink,
	layoutFingerprint,
	MAX_SHARE_FRAGMENT,
	SHARE_FORMAT,
	toBase64Url
} from './share-link.ts';

const link = (answers: AnswerMap) => encodeShareLink(questions, answers);

/** The same question set with one question's options in another order (no version bump). */
function reordered(set: QuizQuestionSet): QuizQuestionSet {
	return {
		...set,
		dimensions: set.dimensions.map((dimension, index) =>
			index === 1
				? {
						...dimension,
						questions: dimension.questions.map((question, questionIndex) =>
							questionIndex === 0
								? { ...question, options: [...question.options].reverse() }
								: question
						)
					}
				: dimension
		)
	};
}

/** Rebuilds the data part of a link with new bytes and a correct checksum (a forged link). */
function forge(version: string, mutate: (bytes: Uint8Array) => Uint8Array | void): string {
	const original = link(fullAnswers);
	const data = original.split('~')[2]!;
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
	const bits = [...data]
		.map((char) => alphabet.indexOf(char).toString(2).padStart(6, '0'))
		.join('');
	const bytes = new Uint8Array(Math.floor(bits.length / 8));
	bytes.forEach((_, i) => (bytes[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2)));
	const forged = mutate(bytes) ?? bytes;
	return withChecksum(version, forged);
}

function withChecksum(version: string, bytes: Uint8Array): string {
	const body = bytes.subarray(0, bytes.length - 4);
	const header = new TextEncoder().encode(`${SHARE_FORMAT}~${version}~`);
	const all = new Uint8Array(header.length + body.length);
	all.set(header);
	all.set(body, header.length);
	const crc = crc32(all);
	const at = bytes.length - 4;
	bytes[at] = crc >>> 24;
	bytes[at + 1] = (crc >>> 16) & 0xff;
	bytes[at + 2] = (crc >>> 8) & 0xff;
	bytes[at + 3] = crc & 0xff;
	return `${SHARE_FORMAT}~${version}~${toBase64Url(bytes)}`;
}

describe('crc32', () => {
	it('matches the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});
});

describe('encodeShareLink', () => {
	it('names the format and the question-set version, and stays short', () => {
		const fragment = link(fullAnswers);
		expect(fragment.startsWith(`${SHARE_FORMAT}~${questions.version}~`)).toBe(true);
		expect(fragment).toMatch(/^[A-Za-z0-9_.~-]+$/);
		expect(fragment.length).toBeLessThan(60);
	});

	it('leaves out answers the results would not score', () => {
		const withHidden = { ...minimalAnswers, phase_criteria: 'hs_composite', not_a_question: 'x' };
		expect(link(withHidden)).toBe(link(minimalAnswers));
	});
});

describe('decodeShareLink', () => {
	it('round-trips the test answer sets, with or without the #', () => {
		for (const answers of [fullAnswers, minimalAnswers, {}]) {
			expect(decodeShareLink(questions, link(answers))).toEqual({
				ok: true,
				questionSet: questions.version,
				answers,
				dropped: []
			});
			expect(decodeShareLink(questions, `#${link(answers)}`)).toMatchObject({ ok: true, answers });
		}
	});

	it('round-trips many random complete answer sets from the real question bank', () => {
		fc.assert(
			fc.property(completeAnswers(questions), (answers) => {
				const result = decodeShareLink(questions, link(answers));
				expect(result).toEqual({ ok: true, questionSet: questions.version, answers, dropped: [] });
			}),
			{ numRuns: 500 }
		);
	}, 60_000);

	it('round-trips unfinished answer sets too', () => {
		fc.assert(
			fc.property(partialAnswers(questions), (answers) => {
				expect(decodeShareLink(questions, link(answers))).toMatchObject({ ok: true, answers });
			}),
			{ numRuns: 200 }
		);
	}, 60_000);

	it('accepts a percent-encoded fragment and surrounding spaces', () => {
		const fragment = link(fullAnswers);
		expect(decodeShareLink(questions, ` #${fragment.replaceAll('~', '%7E')}\n`)).toMatchObject({
			ok: true,
			answers: fullAnswers
		});
	});

	it('reports an empty fragment as empty', () => {
		expect(decodeShareLink(questions, '')).toEqual({ ok: false, reason: 'empty' });
		expect(decodeShareLink(questions, '#')).toEqual({ ok: false, reason: 'empty' });
	});

	it('reports every cut-off link as truncated', () => {
		const fragment = link(fullAnswers);
		for (let length = 1; length < fragment.length; length++) {
			const result = decodeShareLink(questions, fragment.slice(0, length));
			expect(result, fragment.slice(0, length)).toEqual({ ok: false, reason: 'truncated' });
		}
	});

	it('reports every changed character as tampered (or as a link of another version)', () => {
		const fragment = link(fullAnswers);
		const data = fragment.lastIndexOf('~') + 1;
		const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		for (let index = data; index < fragment.length; index++) {
			for (const char of alphabet) {
				if (char === fragment[index]) continue;
				const changed = fragment.slice(0, index) + char + fragment.slice(index + 1);
				expect(decodeShareLink(questions, changed)).toEqual({ ok: false, reason: 'tampered' });
			}
		}
		// The version is covered by the checksum too.
		const otherVersion = fragment.replace(`~${questions.version}~`, '~2026.2~');
		expect(decodeShareLink(questions, otherVersion)).toEqual({ ok: false, reason: 'tampered' });
	});

	it('tells a link of another question-set version apart, naming both versions', () => {
		const older = { ...questions, version: '2025.3' };
		expect(decodeShareLink(questions, encodeShareLink(older, fullAnswers))).toEqual({
			ok: false,
			reason: 'version',
			cause: 'question_set',
			linkVersion: '2025.3',
			currentVersion: questions.version
		});
	});

	it('refuses a link whose questions were reordered without a version bump', () => {
		const fragment = encodeShareLink(reordered(questions), fullAnswers);
		expect(layoutFingerprint(reordered(questions))).not.toBe(layoutFingerprint(questions));
		expect(decodeShareLink(questions, fragment)).toMatchObject({
			ok: false,
			reason: 'version',
			cause: 'questions_changed'
		});
	});

	it('refuses a link of an unknown link format as a version problem', () => {
		expect(decodeShareLink(questions, `r9~${questions.version}~AAAA`)).toMatchObject({
			ok: false,
			reason: 'version',
			cause: 'link_format'
		});
	});

	it('rejects garbage as malformed', () => {
		const garbage = [
			'hello',
			'r1~2026.1~abc~def',
			'r1~latest~AAAAAAAA',
			'r1~2026.1~AAA$AAAA',
			'r1~2026.1~' + link(fullAnswers).split('~')[2] + 'AAAA',
			'%E0%A4%A',
			'x'.repeat(MAX_SHARE_FRAGMENT + 1),
			'<script>alert(1)</script>'
		];
		for (const input of garbage) {
			expect(decodeShareLink(questions, input), input).toMatchObject({
				ok: false,
				reason: 'malformed'
			});
		}
		expect(decodeShareLink(questions, 42)).toMatchObject({ ok: false, reason: 'malformed' });
		expect(decodeShareLink(questions, null)).toMatchObject({ ok: false, reason: 'malformed' });
	});

	it('rejects a forged link with a valid checksum but impossible values', () => {
		// Every bit set: single-choice fields point past their last option.
		const allOnes = forge(questions.version, (bytes) => bytes.fill(0xff, 6, bytes.length - 4));
		expect(decodeShareLink(questions, allOnes)).toMatchObject({ ok: false, reason: 'malformed' });
		// The stated payload length disagrees with the question set.
		const shorter = forge(questions.version, (bytes) => {
			const fewer = bytes.slice(0, bytes.length - 1);
			fewer[0] = bytes[0]! - 1;
			fewer[1] = fewer[0] ^ 0xff;
			return fewer;
		});
		expect(decodeShareLink(questions, shorter)).toEqual({
			ok: false,
			reason: 'malformed',
			detail: 'wrong payload length'
		});
	});

	it('reports answers of a forged link that do not fit together as dropped', () => {
		// A hand-made link that says touch_model "not_built" yet keeps its follow-ups answered.
		const every = allQuestions(questions);
		const width = (q: (typeof every)[number]) =>
			q.type === 'multi' ? q.options.length : Math.ceil(Math.log2(q.options.length + 1));
		const index = every.findIndex((q) => q.id === 'touch_model');
		const offset = every.slice(0, index).reduce((total, q) => total + width(q), 0);
		const bits = width(every[index]!);
		const value = every[index]!.options.findIndex((option) => option.id === 'not_built') + 1;
		const forged = forge(questions.version, (bytes) => {
			for (let i = 0; i < bits; i++) {
				const position = offset + i;
				const mask = 0x80 >> (position & 7);
				if ((value >> (bits - 1 - i)) & 1) bytes[6 + (position >> 3)]! |= mask;
				else bytes[6 + (position >> 3)]! &= ~mask;
			}
		});
		const result = decodeShareLink(questions, forged);
		expect(result).toMatchObject({ ok: true });
		if (result.ok) {
			expect(result.answers.touch_model).toBe('not_built');
			expect(result.answers.touch_segmentation).toBeUndefined();
			expect(result.dropped.map((drop) => drop.questionId).sort()).toEqual([
				'touch_activities',
				'touch_segmentation'
			]);
		}
	});
});
