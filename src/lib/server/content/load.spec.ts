/**
 * Content validation, end to end: each folder in fixtures/ is a complete content folder that is
 * valid except for exactly one problem (fixtures/valid/ is the base they were copied from), and
 * the real questions/ folder must load and keep the invariants the scoring relies on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ContentError, type Content } from '../../content/validate.ts';
import { loadContent } from './load.ts';
import { contentPlugin } from './vite-plugin.ts';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const questionsDir = fileURLToPath(new URL('../../../../questions/', import.meta.url));

/** The ContentError that loading a fixture folder throws. */
function loadError(dir: string): ContentError {
	try {
		loadContent(dir);
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error(`${dir} loaded without error`);
}

interface Scenario {
	/** Folder under fixtures/. */
	scenario: string;
	/** The broken file, relative to the fixture folder. */
	file: string;
	/** The item and field the message must name, between the file and the colon. */
	location: string;
	/** What the message must say is wrong. */
	says: string[];
}

const scenarios: Scenario[] = [
	{
		scenario: 'duplicate-question-ids',
		file: '02-phases.yaml',
		location: 'question "touch_activities" › id',
		says: ['duplicate question id', 'also in duplicate-question-ids/01-touch.yaml']
	},
	{
		scenario: 'duplicate-option-ids',
		file: '01-touch.yaml',
		location: 'question "touch_activities" › option "partly" › id',
		says: ['duplicate option id "partly"']
	},
	{
		scenario: 'unknown-skip-option',
		file: '02-phases.yaml',
		location: 'question "phase_tools" › showIf.anyOf[1]',
		says: [
			'option "piloting" does not exist in question "phase_operation"',
			'(options: operating, trial, not_operating)'
		]
	},
	{
		scenario: 'unknown-conflict-option',
		file: '02-phases.yaml',
		location: 'question "phase_tools" › conflicts[0].options[1]',
		says: ['option "ai_tools" does not exist', '(options: crm, health_score, none)']
	},
	{
		scenario: 'forward-conflict',
		file: '01-touch.yaml',
		location: 'question "touch_model" › conflicts[0].with.question',
		says: [
			'"phase_operation" is not asked before "touch_model"',
			'may only depend on an earlier question'
		]
	},
	{
		scenario: 'duplicate-conflict-pair',
		file: '02-phases.yaml',
		location: 'question "phase_tools" › conflicts[1].with.question',
		says: ['"phase_operation" already has an entry (conflicts[0])', 'list every option in that one']
	},
	{
		scenario: 'missing-ja-text',
		file: '02-phases.yaml',
		location: 'question "phase_operation" › text.ja',
		says: ['missing', 'expected a string']
	},
	{
		scenario: 'missing-en-text',
		file: '02-phases.yaml',
		location: 'question "phase_operation" › option "trial" › label.en',
		says: ['missing', 'expected a string']
	},
	{
		scenario: 'unknown-question-type',
		file: '02-phases.yaml',
		location: 'question "phase_tools" › type',
		says: ['unknown value "ranking"', 'expected one of "single", "multi", "scale", "bands"']
	},
	{
		scenario: 'forward-skip-condition',
		file: '01-touch.yaml',
		location: 'question "touch_activities" › showIf.question',
		says: [
			'"phase_operation" is not asked before "touch_activities"',
			'may only depend on an earlier question'
		]
	},
	{
		scenario: 'skip-condition-loop',
		file: '02-phases.yaml',
		location: 'question "phase_operation" › showIf',
		says: ['skip conditions form a loop', 'phase_operation → phase_tools → phase_operation']
	},
	{
		scenario: 'missing-benchmark-figure',
		file: '01-touch.yaml',
		location: 'question "touch_model" › benchmarks[1]',
		says: ['figure "fx_touch_build_not_felt" does not exist']
	},
	{
		scenario: 'figure-value-out-of-range',
		file: 'benchmarks/fixture-2025.yaml',
		location: 'figure "fx_touch_built_felt" › value',
		says: ['a percentage cannot exceed 100', 'found 140']
	},
	{
		scenario: 'missing-likelihood-figure',
		file: '01-touch.yaml',
		location: 'question "touch_model" › likelihood.groups[1].notFelt',
		says: ['figure "fx_touch_others_not_felt" does not exist']
	},
	{
		scenario: 'unknown-recommendation-target',
		file: 'recommendations.yaml',
		location: 'recommendation "build_touch_model" › target',
		says: [
			'option "fully_built" does not exist in question "touch_model"',
			'(options: built, partial, not_built)'
		]
	},
	{
		scenario: 'missing-dimension-file',
		file: 'question-set.yaml',
		location: 'dimensions',
		says: ['no question file defines dimension "kpi"']
	},
	{
		scenario: 'invalid-yaml',
		file: '02-phases.yaml',
		location: '',
		says: ['cannot be read as YAML', 'line 29, column 67']
	},
	{
		scenario: 'unknown-field',
		file: '01-touch.yaml',
		location: 'question "touch_activities" › requried',
		says: ['unknown field', 'misspelt']
	},
	{
		scenario: 'figure-without-quote',
		file: 'benchmarks/fixture-2025.yaml',
		location: 'figure "fx_touch_built_not_felt" › quote',
		says: ['a printed figure needs the quote it was read from']
	}
];

describe('bad content fixtures', () => {
	it.each(scenarios)(
		'$scenario: one problem naming $file, the item, the field and what is wrong',
		({ scenario, file, location, says }) => {
			const error = loadError(join(fixtures, scenario));
			expect(error.problems).toHaveLength(1);
			const [problem] = error.problems as [string];
			// The file as shown (relative to the folder above the content folder), then the item and field.
			expect(problem.startsWith(`${scenario}/${file}${location ? ` › ${location}` : ''}: `)).toBe(
				true
			);
			for (const text of says) expect(problem).toContain(text);
			expect(error.message).toContain('(1 problem)');
			expect(error.message).toContain(problem);
		}
	);

	it('has a test for every fixture folder', () => {
		const folders = readdirSync(fixtures, { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && entry.name !== 'valid')
			.map((entry) => entry.name)
			.sort();
		expect(folders).toEqual(scenarios.map(({ scenario }) => scenario).sort());
	});

	it.each(scenarios)(
		'$scenario differs from the valid base in $file only',
		({ scenario, file: broken }) => {
			const files = (dir: string) =>
				readdirSync(dir, { recursive: true, encoding: 'utf8' })
					.filter((name) => name.endsWith('.yaml'))
					.sort();
			const base = join(fixtures, 'valid');
			const dir = join(fixtures, scenario);
			expect(files(dir)).toEqual(files(base));
			const read = (path: string) => {
				try {
					return parse(readFileSync(path, 'utf8')) as unknown;
				} catch {
					return 'does not parse';
				}
			};
			const changed = files(dir).filter(
				(name) => JSON.stringify(read(join(dir, name))) !== JSON.stringify(read(join(base, name)))
			);
			expect(changed).toEqual([broken]);
		}
	);
});

describe('the valid base fixture', () => {
	it('loads', () => {
		const content = loadContent(join(fixtures, 'valid'));
		expect(content.version).toBe('2026.1');
		expect(content.dimensions.map((dimension) => dimension.id)).toEqual(['touch', 'phases']);
		expect(Object.keys(content.figures)).toHaveLength(4);
		expect(content.recommendations.map((recommendation) => recommendation.id)).toEqual([
			'build_touch_model'
		]);
	});
});

describe('the build', () => {
	/** Runs the plugin's buildStart hook the way Vite does at the start of `vite build`. */
	function buildStart(plugin: Plugin): unknown {
		const hook = plugin.buildStart;
		const handler = typeof hook === 'function' ? hook : hook?.handler;
		if (!handler) throw new Error(`plugin ${plugin.name} has no buildStart hook`);
		return handler.call(
			{} as ThisParameterType<typeof handler>,
			{} as Parameters<typeof handler>[0]
		);
	}

	it('fails on bad content, naming the file', () => {
		const plugin = contentPlugin(join(fixtures, 'figure-value-out-of-range'));
		expect(() => buildStart(plugin)).toThrow(ContentError);
		expect(() => buildStart(plugin)).toThrow(
			'figure-value-out-of-range/benchmarks/fixture-2025.yaml › figure "fx_touch_built_felt" › value'
		);
	});

	it('starts on good content', () => {
		expect(() => buildStart(contentPlugin(join(fixtures, 'valid')))).not.toThrow();
	});
});

describe('the real questions/ folder', () => {
	const content: Content = loadContent(questionsDir);
	const questions = content.dimensions.flatMap((dimension) => dimension.questions);

	it('loads, with the dimensions of question-set.yaml in order', () => {
		const set = parse(readFileSync(join(questionsDir, 'question-set.yaml'), 'utf8')) as {
			dimensions: string[];
		};
		expect(content.dimensions).toHaveLength(6);
		expect(content.dimensions.map((dimension) => dimension.id)).toEqual(set.dimensions);
		expect(content.dimensions.map((dimension) => dimension.id)).toEqual([
			'context',
			'touch',
			'phases',
			'kpi',
			'tools',
			'organisation'
		]);
	});

	it('gives every question a unique id, and every option a unique id within its question', () => {
		const ids = questions.map((question) => question.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const question of questions) {
			const optionIds = question.options.map((option) => option.id);
			expect(new Set(optionIds).size, question.id).toBe(optionIds.length);
		}
	});

	it('scores every question of a scored dimension within 0–100, and no context question', () => {
		for (const dimension of content.dimensions) {
			for (const question of dimension.questions) {
				for (const option of question.options) {
					const where = `${question.id}.${option.id}`;
					if (!dimension.scored) {
						expect(option.points, where).toBeUndefined();
						continue;
					}
					expect(option.points, where).toBeTypeOf('number');
					expect(option.points, where).toBeGreaterThanOrEqual(0);
					expect(option.points, where).toBeLessThanOrEqual(100);
				}
			}
		}
	});

	it('gives evidence-based points that follow the likelihood ratios', () => {
		const evidenceBased = questions.filter(
			(question) => question.likelihood && question.pointsBasis === 'evidence'
		);
		expect(evidenceBased.length).toBeGreaterThan(0);
		const violations: string[] = [];
		for (const question of evidenceBased) {
			const ranked = (question.likelihood?.groups ?? []).flatMap((group) => {
				const felt = content.figures[group.felt]!.value;
				const notFelt = content.figures[group.notFelt]!.value;
				const ratio = felt / notFelt;
				return group.options.map((optionId) => ({
					optionId,
					ratio,
					points: question.options.find((option) => option.id === optionId)?.points ?? 0
				}));
			});
			for (const higher of ranked) {
				for (const lower of ranked) {
					if (higher.ratio > lower.ratio && higher.points < lower.points) {
						violations.push(
							`${question.id}: "${higher.optionId}" (ratio ${higher.ratio.toFixed(2)}) has ${higher.points} points, fewer than "${lower.optionId}" (ratio ${lower.ratio.toFixed(2)}, ${lower.points} points)`
						);
					}
				}
			}
		}
		expect(violations).toEqual([]);
	});
});
