import content from 'virtual:content';
import { describe, expect, it } from 'vitest';
import { allQuestions } from './questionnaire';
import {
	benchmarkEdition,
	combinedFormula,
	combinedShare,
	comparePattern,
	dimensionEvidence,
	isPrintedN,
	movers,
	questionBars,
	segmentRole,
	splitRecommendations,
	wrapLabel,
	type QuestionBars
} from './results-view';
import type { AnswerMap } from './schema';
import { score, type RankedRecommendation } from './scoring';
import { highAnswers, lowAnswers } from '../../../tests/helpers/answers';

const lowRespondent = (): AnswerMap => structuredClone(lowAnswers);
const highRespondent = (): AnswerMap => structuredClone(highAnswers);

const barsFor = (bars: QuestionBars[], questionId: string) =>
	bars.find((item) => item.questionId === questionId)!;

describe('segment roles', () => {
	it('pairs every effect-felt segment with a not-effect-felt one, and back', () => {
		for (const id of Object.keys(content.segments)) {
			const { role, base } = segmentRole(id);
			if (role === 'felt') expect(content.segments[`${base}_not_felt`], id).toBeDefined();
			if (role === 'notFelt') expect(content.segments[`${base}_felt`], id).toBeDefined();
		}
	});

	it('agrees with the pairs the likelihood evidence uses', () => {
		for (const question of allQuestions(content)) {
			for (const group of question.likelihood?.groups ?? []) {
				const felt = segmentRole(content.figures[group.felt]!.segment);
				const notFelt = segmentRole(content.figures[group.notFelt]!.segment);
				expect(felt.role, group.felt).toBe('felt');
				expect(notFelt.role, group.notFelt).toBe('notFelt');
				expect(felt.base).toBe(notFelt.base);
			}
		}
	});

	it('counts an n as printed only when it is given and not derived', () => {
		expect(isPrintedN(content.segments.vx2025_felt!)).toBe(true);
		// 224 = 500 − 276: not printed in the 2023 document
		expect(isPrintedN(content.segments.vx2023_not_felt!)).toBe(false);
		expect(isPrintedN(content.segments.vx2025_phase_tools_felt!)).toBe(false);
	});
});

describe('question bars', () => {
	it('adds the combined share when both n are printed, with its formula (2025 phases)', () => {
		const bars = barsFor(
			questionBars(content, score(content, highRespondent())),
			'phase_operation'
		);
		const group = bars.groups.find((item) => item.sourceId === 'vx2025')!;
		expect(group.series.map((series) => series.role)).toEqual(['felt', 'notFelt', 'combined']);
		const operating = group.categories.findIndex((category) => category.options[0] === 'operating');
		expect(group.categories[operating]!.isYourAnswer).toBe(true);
		const combined = group.series[2]!;
		expect(combined.n).toBe(839);
		const cell = combined.values[operating]!;
		expect(cell.value).toBeCloseTo((494 * 55.3 + 345 * 15.4) / 839, 10);
		expect(cell.derived).toEqual({
			formula: '(494 × 55.3 + 345 × 15.4) ÷ (494 + 345)',
			from: ['vx2025_phase_operating_felt', 'vx2025_phase_operating_not_felt'],
			computedHere: true
		});
		// trialling has only an effect-felt figure: no combined share
		const trial = group.categories.findIndex((category) => category.options[0] === 'trial');
		expect(combined.values[trial]).toBeNull();
	});

	it('does not combine when an n is not printed (2023: 224 is derived)', () => {
		const bars = barsFor(questionBars(content, score(content, highRespondent())), 'touch_model');
		expect(bars.groups).toHaveLength(1);
		expect(bars.groups[0]!.series.map((series) => series.role)).toEqual(['felt', 'notFelt']);
		expect(bars.groups[0]!.series[1]!.nNote?.en).toContain('500 − 276');
	});

	it('combines the 2023 criteria figures, whose n (224 and 47) are printed', () => {
		const bars = barsFor(questionBars(content, score(content, highRespondent())), 'phase_criteria');
		const group = bars.groups.find((item) => item.sourceId === 'vx2023')!;
		const combined = group.series.find((series) => series.role === 'combined')!;
		expect(combined.n).toBe(271);
		const single = group.categories.findIndex((category) => category.options[0] === 'hs_single');
		expect(combined.values[single]!.value).toBeCloseTo((224 * 42.4 + 47 * 21.3) / 271, 10);
		// 2025 criteria: the n of the phase-operating groups are not printed
		const group2025 = bars.groups.find((item) => item.sourceId === 'vx2025')!;
		expect(group2025.series.some((series) => series.role === 'combined')).toBe(false);
	});

	it("adds the pattern match's own figures for an answer no benchmark figure counts", () => {
		const bars = barsFor(questionBars(content, score(content, lowRespondent())), 'phase_operation');
		const group = bars.groups.find((item) => item.sourceId === 'vx2025')!;
		expect(group.usedInPattern).toBe(true);
		const mine = group.categories.filter((category) => category.isYourAnswer);
		expect(mine).toHaveLength(1);
		expect(mine[0]!.options).toContain('not_operating');
		const index = group.categories.indexOf(mine[0]!);
		const felt = group.series.find((series) => series.role === 'felt')!.values[index]!;
		expect(felt.value).toBe(44.7);
		expect(felt.derived?.formula).toBe('100 − 55.3');
		expect(felt.derived?.computedHere).toBe(false);
		// the 2023 chart has no figure for this answer
		expect(bars.groups.find((item) => item.sourceId === 'vx2023')!.hasYourAnswer).toBe(false);
	});

	it("marks the JCSA segment that is the user's own", () => {
		const high = barsFor(questionBars(content, score(content, highRespondent())), 'tools_used');
		const jcsa = high.groups.find((item) => item.sourceId === 'jcsa2025')!;
		expect(jcsa.series.map((series) => [series.key, series.isYourSegment])).toEqual([
			['jcsa2025_saas', false],
			['jcsa2025_non_saas', true]
		]);
		const low = barsFor(questionBars(content, score(content, lowRespondent())), 'tools_used');
		expect(
			low.groups
				.find((item) => item.sourceId === 'jcsa2025')!
				.series.find((series) => series.isYourSegment)!.key
		).toBe('jcsa2025_saas');
	});

	it('lists only answered, benchmarked questions, in asking order, with every figure once', () => {
		const result = score(content, highRespondent());
		const bars = questionBars(content, result);
		const order = allQuestions(content).map((question) => question.id);
		const ids = bars.map((item) => item.questionId);
		expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
		for (const item of bars) {
			const shown = item.groups.flatMap((group) =>
				group.series.flatMap((series) => series.values.map((value) => value?.figureId))
			);
			const printed = shown.filter((id): id is string => !!id);
			expect(new Set(printed).size).toBe(printed.length);
			for (const position of result.positions.filter((p) => p.questionId === item.questionId)) {
				expect(printed).toContain(position.figure.id);
			}
		}
	});
});

describe('combined share', () => {
	it('weights each group by its n', () => {
		expect(combinedShare({ n: 1, value: 100 }, { n: 3, value: 0 })).toBe(25);
		expect(combinedFormula({ n: 1, value: 100 }, { n: 3, value: 0 })).toBe(
			'(1 × 100 + 3 × 0) ÷ (1 + 3)'
		);
	});
});

describe('dimension evidence', () => {
	it('gives the surveys’ top-answer shares where they exist, and nothing invented elsewhere', () => {
		const evidence = dimensionEvidence(content, score(content, highRespondent()));
		const byId = Object.fromEntries(evidence.map((item) => [item.dimension, item.evidence]));
		expect(byId.touch).toMatchObject({
			questionId: 'touch_model',
			year: 2023,
			felt: { value: 43.5 },
			notFelt: { value: 7.1 },
			feltSegment: { n: 276 },
			notFeltSegment: { n: 224 }
		});
		expect(byId.phases).toMatchObject({
			questionId: 'phase_operation',
			year: 2025,
			felt: { value: 55.3 },
			notFelt: { value: 15.4 },
			feltSegment: { n: 494 },
			notFeltSegment: { n: 345 }
		});
		expect(byId.tools).toMatchObject({ felt: { value: 92.3 }, notFelt: { value: 52 } });
		expect(byId.kpi).toBeNull();
		expect(byId.organisation).toBeNull();
	});
});

describe('movers', () => {
	it('splits the contributions into raised and lowered, largest effect first', () => {
		const low = movers(content, score(content, lowRespondent()));
		expect(low.raised).toEqual([]);
		expect(low.lowered.map((item) => item.questionId)).toEqual([
			'tools_used',
			'phase_operation',
			'touch_model'
		]);
		expect(low.lowered[0]!.yourAnswer.map((label) => label.en)).toEqual(['None']);
		const high = movers(content, score(content, highRespondent()));
		expect(high.lowered).toEqual([]);
		const effects = high.raised.map((item) => item.effect);
		expect(effects).toEqual([...effects].sort((a, b) => b - a));
	});
});

describe('recommendation split', () => {
	const rec = (patternGain: number, maturityGain = 0) =>
		({ patternGain, maturityGain }) as RankedRecommendation;

	it('expands at least three, and up to five while they still gain something', () => {
		const split = splitRecommendations([rec(5), rec(4), rec(0), rec(0, 2), rec(0), rec(0)]);
		expect(split.expanded).toHaveLength(4);
		expect(split.collapsed).toHaveLength(2);
		expect(splitRecommendations([rec(0), rec(0)]).expanded).toHaveLength(2);
		expect(splitRecommendations(Array.from({ length: 8 }, () => rec(3))).expanded).toHaveLength(5);
	});

	it('expands the low archetype’s three gaining recommendations', () => {
		const split = splitRecommendations(score(content, lowRespondent()).recommendations);
		expect(split.expanded.map((item) => item.recommendation.id)).toEqual([
			'start_phase_operation',
			'adopt_customer_data_tool',
			'build_touch_model',
			'manage_customer_health',
			'set_outcome_kpis'
		]);
	});
});

describe('headline helpers', () => {
	it('compares the pattern match with the survey share', () => {
		expect(comparePattern(80, 58.9)).toBe('above');
		expect(comparePattern(60, 58.9)).toBe('similar');
		expect(comparePattern(12.8, 58.9)).toBe('below');
	});

	it('names the benchmark edition by its sources', () => {
		const edition = benchmarkEdition(content);
		expect(edition.id).toBe('jcsa2025+vx2023+vx2025');
		expect([edition.firstYear, edition.lastYear]).toEqual([2023, 2025]);
		expect(edition.sources.map((source) => source.id)).toEqual(['vx2023', 'jcsa2025', 'vx2025']);
	});
});

describe('wrapLabel', () => {
	it('keeps short labels and splits long ones without losing characters', () => {
		expect(wrapLabel('構築している', 'ja')).toEqual(['構築している']);
		const ja = 'フェーズを分けて運用している以外（試験運用・運用していない・不明）';
		const lines = wrapLabel(ja, 'ja');
		expect(lines.join('')).toBe(ja);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(14);
		const en = 'Anything other than operating in phases (trial, not operating, unsure)';
		const enLines = wrapLabel(en, 'en');
		expect(enLines.join(' ')).toBe(en);
		for (const line of enLines) expect(line.length).toBeLessThanOrEqual(26);
	});

	it('breaks Japanese between phrases, not inside a word', () => {
		// [label, characters a line (nine on a phone's bar chart), lines]
		const cases: [string, number, string[]][] = [
			['試験運用を行っている', 9, ['試験運用を', '行っている']],
			['フェーズを分けて運用している', 9, ['フェーズを分けて', '運用している']],
			['フェーズを分けて運用している', 13, ['フェーズを分けて', '運用している']],
			['オンボーディング管理ツール', 9, ['オンボーディング', '管理ツール']],
			// With no phrase end in reach, a line is still cut at the limit…
			['カスタマーサクセスマネージャー', 9, ['カスタマーサクセス', 'マネージャー']],
			// …but a closing mark never starts a line.
			['（試験運用・運用していない・不明）', 13, ['（試験運用・運用していない・', '不明）']]
		];
		for (const [label, max, lines] of cases)
			expect(wrapLabel(label, 'ja', max), label).toEqual(lines);
	});
});
