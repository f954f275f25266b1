import fc from 'fast-check';
import content from 'virtual:content';
import questions from 'virtual:questions';
import { describe, expect, it } from 'vitest';
import { fullAnswers, minimalAnswers } from '../../../tests/helpers/answers.ts';
import { completeAnswers } from './answers.arbitrary.ts';
import { reportToJson } from './export/json.ts';
import { MAX_IMPORT_BYTES, parseAnswersFile } from './import-answers.ts';
import { score } from './scoring.ts';

const file = (data: unknown) => JSON.stringify(data, null, 2);

describe('parseAnswersFile', () => {
	it('reads an answers file of the current version as it is', () => {
		const result = parseAnswersFile(
			questions,
			file({ questionSet: questions.version, answers: fullAnswers })
		);
		expect(result).toEqual({
			ok: true,
			fileVersion: questions.version,
			versionMatches: true,
			rawAnswers: fullAnswers,
			answers: fullAnswers,
			dropped: [],
			exportedAt: null
		});
	});

	it('accepts the extra keys of a download and keeps its export date', () => {
		const result = parseAnswersFile(
			questions,
			file({
				questionSet: questions.version,
				answers: minimalAnswers,
				exportedAt: '2026-01-15T09:30:00.000Z',
				benchmarkEdition: '2025',
				result: { overall: { score: 12.5 } }
			})
		);
		expect(result).toMatchObject({
			ok: true,
			answers: minimalAnswers,
			exportedAt: '2026-01-15T09:30:00.000Z'
		});
	});

	it('reads the JSON download of the results page', () => {
		const date = new Date('2026-03-01T10:00:00.000Z');
		const text = reportToJson(content, score(content, fullAnswers), date);
		expect(parseAnswersFile(questions, text)).toEqual({
			ok: true,
			fileVersion: questions.version,
			versionMatches: true,
			rawAnswers: fullAnswers,
			answers: fullAnswers,
			dropped: [],
			exportedAt: date.toISOString()
		});
	});

	it('ignores an export date or a stored result it cannot read, rather than refusing the file', () => {
		for (const extra of [{ exportedAt: 'yesterday' }, { exportedAt: 42 }, { result: 'high' }]) {
			const result = parseAnswersFile(
				questions,
				file({ questionSet: questions.version, answers: minimalAnswers, ...extra })
			);
			expect(result, JSON.stringify(extra)).toMatchObject({
				ok: true,
				answers: minimalAnswers,
				exportedAt: null
			});
		}
	});

	it('keeps what still fits from an older version and lists every dropped answer', () => {
		const result = parseAnswersFile(
			questions,
			file({
				questionSet: '2025.1',
				answers: {
					...minimalAnswers,
					// A question that no longer exists.
					renewal_owner: 'cs_team',
					// An option that no longer exists.
					cs_budget: 'old_budget_option',
					// A follow-up that is not shown for touch_model "not_built".
					touch_activities: 'documented_all'
				}
			})
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.versionMatches).toBe(false);
		expect(result.fileVersion).toBe('2025.1');
		const kept: Record<string, string | string[]> = { ...minimalAnswers };
		delete kept.cs_budget;
		expect(result.answers).toEqual(kept);
		expect(result.dropped).toEqual([
			{ questionId: 'renewal_owner', reason: 'unknown_question' },
			{
				questionId: 'touch_activities',
				reason: 'hidden',
				question: { dimension: 'touch', text: expect.objectContaining({ ja: expect.any(String) }) }
			},
			{
				questionId: 'cs_budget',
				reason: 'invalid',
				problem: expect.objectContaining({
					kind: 'unknown_option',
					optionIds: ['old_budget_option']
				}),
				question: { dimension: 'organisation', text: expect.any(Object) }
			}
		]);
	});

	it('refuses a file in which nothing fits the current questions', () => {
		const result = parseAnswersFile(
			questions,
			file({ questionSet: '2024.1', answers: { gone: 'a', also_gone: ['b'] } })
		);
		expect(result).toMatchObject({ ok: false, reason: 'no_usable_answers', fileVersion: '2024.1' });
		const empty = parseAnswersFile(
			questions,
			file({ questionSet: questions.version, answers: {} })
		);
		expect(empty).toMatchObject({ ok: false, reason: 'no_usable_answers' });
	});

	it('rejects text that is not JSON', () => {
		for (const text of ['{', 'questionSet: 2026.1', '{"answers": {}', 'undefined', '\u0000']) {
			expect(parseAnswersFile(questions, text), text).toEqual({ ok: false, reason: 'not_json' });
		}
	});

	it('rejects an empty file', () => {
		expect(parseAnswersFile(questions, '')).toEqual({ ok: false, reason: 'empty' });
		expect(parseAnswersFile(questions, ' \n\t')).toEqual({ ok: false, reason: 'empty' });
	});

	it('rejects JSON that is not an object', () => {
		for (const text of ['[]', '42', '"answers"', 'null', 'true', '[{"answers":{}}]']) {
			expect(parseAnswersFile(questions, text), text).toEqual({ ok: false, reason: 'not_object' });
		}
	});

	it('rejects an object that is not an answers file', () => {
		expect(parseAnswersFile(questions, file({ name: 'report', rows: [] }))).toEqual({
			ok: false,
			reason: 'not_answers_file'
		});
	});

	it('names each wrong field once, with what it should hold', () => {
		const result = parseAnswersFile(
			questions,
			file({ answers: { business_model: 42, 'Bad Id': 'x', kpis_set: [], gone: [''] } })
		);
		if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
		const businessModel = questions.dimensions
			.flatMap((dimension) => dimension.questions)
			.find((question) => question.id === 'business_model');
		expect(result.issues).toEqual([
			{ field: 'questionSet', path: 'questionSet', expected: questions.version },
			{
				field: 'answer',
				path: 'answers.business_model',
				question: { dimension: 'context', text: businessModel?.text }
			},
			{ field: 'questionId', path: 'answers.Bad Id' },
			{ field: 'answer', path: 'answers.kpis_set', question: expect.any(Object) },
			// No question has this id: the answer is still named, without a question text.
			{ field: 'answer', path: 'answers.gone' }
		]);
	});

	it('says when answers is not an object of answers', () => {
		for (const answers of [[], 'all of them', 7, null]) {
			const result = parseAnswersFile(questions, file({ questionSet: '2026.1', answers }));
			expect(result, JSON.stringify(answers)).toEqual({
				ok: false,
				reason: 'invalid',
				issues: [{ field: 'answers', path: 'answers' }]
			});
		}
	});

	it('lists at most ten wrong fields', () => {
		const answers = Object.fromEntries(
			Array.from({ length: 15 }, (_, index) => [`q${index}`, index])
		);
		const result = parseAnswersFile(questions, file({ questionSet: '2026.1', answers }));
		if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
		expect(result.issues.map((issue) => issue.path)).toEqual(
			Array.from({ length: 10 }, (_, index) => `answers.q${index}`)
		);
	});

	it('refuses a file over the size limit, by its stated size or by its text', () => {
		expect(parseAnswersFile(questions, '{}', MAX_IMPORT_BYTES + 1)).toEqual({
			ok: false,
			reason: 'too_large',
			bytes: MAX_IMPORT_BYTES + 1,
			limit: MAX_IMPORT_BYTES
		});
		const padding = ' '.repeat(MAX_IMPORT_BYTES);
		const huge = file({ questionSet: questions.version, answers: fullAnswers }) + padding;
		expect(parseAnswersFile(questions, huge)).toMatchObject({ ok: false, reason: 'too_large' });
		// Multi-byte text counts in bytes, not characters.
		const japanese = `{"note": "${'あ'.repeat(MAX_IMPORT_BYTES / 3 + 1)}"}`;
		expect(parseAnswersFile(questions, japanese)).toMatchObject({ ok: false, reason: 'too_large' });
	});

	it('accepts a file saved with a byte-order mark', () => {
		const text = '\uFEFF' + file({ questionSet: questions.version, answers: minimalAnswers });
		expect(parseAnswersFile(questions, text)).toMatchObject({ ok: true, answers: minimalAnswers });
	});

	it('is not fooled by prototype keys', () => {
		const text = `{"questionSet":"${questions.version}","answers":{"__proto__":{"x":"y"},"constructor":"a","business_model":"saas"}}`;
		const result = parseAnswersFile(questions, text);
		expect(result).toMatchObject({ ok: true, answers: { business_model: 'saas' } });
		if (result.ok) {
			expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
			expect(result.dropped).toEqual([{ questionId: 'constructor', reason: 'unknown_question' }]);
		}
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	it('round-trips any complete answer set written as a file', () => {
		fc.assert(
			fc.property(completeAnswers(questions), (answers) => {
				const result = parseAnswersFile(
					questions,
					file({ questionSet: questions.version, answers })
				);
				expect(result).toMatchObject({ ok: true, answers, dropped: [] });
			}),
			{ numRuns: 200 }
		);
	}, 60_000);
});
