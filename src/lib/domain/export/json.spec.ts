import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import content from 'virtual:content';
import { describe, expect, it } from 'vitest';
import { fullAnswers, minimalAnswers } from '../../../../tests/helpers/answers.ts';
import { completeAnswers } from '../answers.arbitrary.ts';
import { checkAnswerSet } from '../questionnaire.ts';
import { answersFile } from '../schema.ts';
import { score } from '../scoring.ts';
import { reportToJson } from './json.ts';

const date = new Date('2026-11-23T01:02:03.000Z');

/** What the import and `npm run score` do with a file: parse, check strictly, score. */
function reimport(text: string) {
	const file = answersFile.parse(JSON.parse(text));
	expect(checkAnswerSet(content, file.questionSet, file.answers)).toEqual([]);
	return { file, result: score(content, file.answers) };
}

describe('reportToJson', () => {
	it('is an answers file with the version, the benchmark edition and the result', () => {
		const result = score(content, minimalAnswers);
		const data = JSON.parse(reportToJson(content, result, date));
		expect(Object.keys(data)).toEqual([
			'questionSet',
			'answers',
			'benchmarkEdition',
			'exportedAt',
			'result'
		]);
		expect(data.questionSet).toBe(content.version);
		expect(data.answers).toEqual(result.answers);
		expect(data.benchmarkEdition).toBe('jcsa2025+vx2023+vx2025');
		expect(data.exportedAt).toBe('2026-11-23T01:02:03.000Z');
		expect(data.result.overall).toEqual({ score: 0, level: 1 });
		expect(data.result.patternMatch).toBe(result.pattern.percent);
		expect(data.result.recommendations[0]).toMatchObject({ id: 'start_phase_operation' });
	});

	it('re-imports and re-scores to exactly the same result', () => {
		for (const answers of [fullAnswers, minimalAnswers]) {
			const result = score(content, answers);
			const again = reimport(reportToJson(content, result, date));
			expect(again.result).toEqual(result);
			expect(again.file.result?.overall.score).toBe(result.overall.score);
		}
	});

	it('round-trips any complete answer set', () => {
		fc.assert(
			fc.property(completeAnswers(content), (answers) => {
				const result = score(content, answers);
				expect(reimport(reportToJson(content, result, date)).result).toEqual(result);
			}),
			{ numRuns: 100 }
		);
	});

	it('is accepted by npm run score, which prints the same result', () => {
		const result = score(content, minimalAnswers);
		const dir = mkdtempSync(join(tmpdir(), 'json-export-'));
		const file = join(dir, 'cs-maturity-check-2026-11-23.json');
		writeFileSync(file, reportToJson(content, result, date));
		const run = spawnSync('node_modules/.bin/tsx', ['scripts/score.ts', file], {
			encoding: 'utf8'
		});
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(result)));
	}, 30_000);

	it('is still refused by the strict schema when it carries an unknown key', () => {
		const result = score(content, minimalAnswers);
		const data = { ...JSON.parse(reportToJson(content, result, date)), extra: 1 };
		expect(answersFile.safeParse(data).success).toBe(false);
	});
});
