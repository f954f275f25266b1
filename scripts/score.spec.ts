import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'score-cli-'));

function runScore(body: string | undefined) {
	const file = join(dir, `answers-${Math.random().toString(36).slice(2)}.json`);
	if (body !== undefined) writeFileSync(file, body);
	const result = spawnSync('node_modules/.bin/tsx', ['scripts/score.ts', file], {
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run score', () => {
	it('prints the full result for a valid answers file', () => {
		const { status, stdout } = runScore(
			JSON.stringify({
				questionSet: '2026.1',
				answers: JSON.parse(readFileSync('examples/answers-early-stage.json', 'utf8')).answers
			})
		);
		expect(status).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.questionSet).toBe('2026.1');
		expect(result.pattern.percent).toBeCloseTo(12.85, 2);
		expect(result.recommendations[0].recommendation.id).toBe('start_phase_operation');
	});

	it.each([
		['no file', undefined, 'cannot be read'],
		['broken JSON', '{"questionSet":', 'not valid JSON'],
		['wrong shape', '{"answers": 3}', 'not an answers file'],
		['wrong version', '{"questionSet":"1999.1","answers":{}}', 'this question set is "2026.1"'],
		[
			'unknown question',
			'{"questionSet":"2026.1","answers":{"nope":"x"}}',
			'answers.nope: unknown question'
		],
		[
			'unknown option',
			'{"questionSet":"2026.1","answers":{"touch_model":"maybe"}}',
			'answers.touch_model: unknown option "maybe" (options: built, partial, not_built, unknown)'
		],
		[
			'missing required answer',
			'{"questionSet":"2026.1","answers":{}}',
			'answers.phase_operation: required answer is missing'
		]
	])('exits with status 2 and says what is wrong: %s', (_name, body, message) => {
		const { status, stderr, stdout } = runScore(body);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toContain(message);
	});
});
