import { describe, expect, it } from 'vitest';
import questions from 'virtual:questions';
import { fullAnswers } from '../../../tests/helpers/answers.ts';
import {
	droppedTotal,
	reconcileAnswersFile,
	restoreAnswers,
	serialiseAnswers,
	STORAGE_KEY
} from './answers-storage.ts';

const saved = (record: unknown) => JSON.stringify(record);

describe('restoreAnswers', () => {
	it('starts empty, without a notice, when nothing is stored', () => {
		expect(restoreAnswers(questions, null)).toEqual({
			answers: {},
			updatedAt: null,
			notice: null
		});
	});

	it('round-trips what serialiseAnswers wrote, silently', () => {
		const raw = serialiseAnswers(questions, fullAnswers, '2026-01-15T09:30:00.000Z');
		expect(JSON.parse(raw)).toEqual({
			questionSet: questions.version,
			answers: fullAnswers,
			updatedAt: '2026-01-15T09:30:00.000Z'
		});
		expect(restoreAnswers(questions, raw)).toEqual({
			answers: fullAnswers,
			updatedAt: '2026-01-15T09:30:00.000Z',
			notice: null
		});
	});

	it('keeps what still fits and counts what was dropped, by reason', () => {
		const raw = saved({
			questionSet: questions.version,
			updatedAt: '2026-01-15T09:30:00.000Z',
			answers: {
				business_model: 'saas',
				retired_question: 'yes',
				company_size: 'removed_band',
				phase_operation: 'not_operating',
				phase_criteria: 'hs_single'
			}
		});
		const restored = restoreAnswers(questions, raw);
		expect(restored.answers).toEqual({ business_model: 'saas', phase_operation: 'not_operating' });
		expect(restored.notice).toEqual({
			kind: 'mismatch',
			storedVersion: questions.version,
			currentVersion: questions.version,
			kept: 2,
			dropped: { unknownQuestion: 1, invalidAnswer: 1, hidden: 1 }
		});
	});

	it('counts values of the wrong shape as invalid answers', () => {
		const raw = saved({
			questionSet: questions.version,
			answers: {
				business_model: 3,
				kpis_set: [],
				cs_team: null,
				tools_used: [1],
				cs_budget: 'none'
			}
		});
		const restored = restoreAnswers(questions, raw);
		expect(restored.answers).toEqual({ cs_budget: 'none' });
		expect(restored.notice).toMatchObject({
			kind: 'mismatch',
			kept: 1,
			dropped: { unknownQuestion: 0, invalidAnswer: 4, hidden: 0 }
		});
	});

	it('tells the user about another question-set version even when every answer still fits', () => {
		const raw = saved({ questionSet: '2025.1', answers: { business_model: 'saas' } });
		const restored = restoreAnswers(questions, raw);
		expect(restored.answers).toEqual({ business_model: 'saas' });
		expect(restored.notice).toEqual({
			kind: 'mismatch',
			storedVersion: '2025.1',
			currentVersion: questions.version,
			kept: 1,
			dropped: { unknownQuestion: 0, invalidAnswer: 0, hidden: 0 }
		});
	});

	it('treats a record without a version as a mismatch, keeping its valid answers', () => {
		const restored = restoreAnswers(questions, saved({ answers: { cs_team: 'no_owner' } }));
		expect(restored.answers).toEqual({ cs_team: 'no_owner' });
		expect(restored.notice).toMatchObject({ kind: 'mismatch', storedVersion: null });
	});

	it.each([
		['truncated JSON', '{"questionSet":"2026.1","answ'],
		['not an object', '"hello"'],
		['answers is a list', saved({ questionSet: '2026.1', answers: ['saas'] })],
		['no answers at all', saved({ questionSet: '2026.1' })],
		['null', 'null']
	])('reports corrupt storage (%s) and starts empty', (_, raw) => {
		expect(restoreAnswers(questions, raw)).toEqual({
			answers: {},
			updatedAt: null,
			notice: { kind: 'corrupt' }
		});
	});

	it('ignores an updatedAt that is not a date', () => {
		const raw = saved({ questionSet: questions.version, answers: {}, updatedAt: 'yesterday' });
		expect(restoreAnswers(questions, raw).updatedAt).toBeNull();
	});
});

describe('reconcileAnswersFile (import)', () => {
	it('applies the same rules to an imported file', () => {
		const { answers, notice } = reconcileAnswersFile(questions, {
			questionSet: questions.version,
			answers: { ...fullAnswers, kpis_set: ['none'] }
		});
		expect(answers.kpis_measured).toBeUndefined();
		expect(notice).toMatchObject({ kind: 'mismatch', dropped: { hidden: 1 } });
		expect(notice?.kind === 'mismatch' && droppedTotal(notice.dropped)).toBe(1);
	});

	it('has nothing to say about a file that matches exactly', () => {
		const file = { questionSet: questions.version, answers: fullAnswers };
		expect(reconcileAnswersFile(questions, file).notice).toBeNull();
	});
});

it('stores under a versioned key', () => {
	expect(STORAGE_KEY).toBe('cs-maturity-check:v1');
});
