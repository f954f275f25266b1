import content from 'virtual:content';
import { describe, expect, it } from 'vitest';
import { fullAnswers, minimalAnswers } from '../../../tests/helpers/answers.ts';
import { formatPercent } from '../i18n/index.ts';
import { visibleQuestions } from './questionnaire.ts';
import { benchmarkEdition, buildReport, isoDay, reportFileName } from './report.ts';
import { score } from './scoring.ts';

const date = new Date(2026, 10, 23, 9, 30);
const low = score(content, minimalAnswers);
const high = score(content, fullAnswers);

describe('buildReport', () => {
	it('has a cover with the title, the date, the overall level and the pattern match', () => {
		const report = buildReport(content, low, 'ja', date);
		expect(report.title).toBe('CS成熟度診断 レポート');
		expect(report.isoDate).toBe('2026-11-23');
		expect(report.dateText).toBe('2026年11月23日');
		expect(report.questionSet).toBe(content.version);
		expect(report.benchmarkEdition).toBe('jcsa2025+vx2023+vx2025');
		// The header names the surveys by years and count; the id is for files that record it.
		expect(report.benchmarkText).toBe('ベンチマーク：2023〜2025年の調査3件（出典は末尾）');
		expect(buildReport(content, low, 'en', date).benchmarkText).toBe(
			'Benchmarks: 3 surveys, 2023–2025 (sources at the end)'
		);
		expect(report.overall).toMatchObject({ score: 0, level: 1, levelText: 'レベル1「萌芽期」' });
		expect(report.pattern.percentText).toBe(formatPercent(low.pattern.percent, 'ja'));
		expect(report.pattern.summary).toContain(report.pattern.percentText);
		expect(report.pattern.summary).toContain(report.pattern.priorText);
	});

	it('lists the scored dimensions with their scores and levels', () => {
		const report = buildReport(content, high, 'en', date);
		expect(report.dimensions.map((dimension) => dimension.id)).toEqual(
			high.dimensions.map((dimension) => dimension.id)
		);
		for (const [index, dimension] of report.dimensions.entries()) {
			const scored = high.dimensions[index]!;
			expect(dimension.score).toBe(scored.score);
			expect(dimension.levelText).toBe(`Level ${scored.level!.level}: ${scored.level!.name.en}`);
		}
		expect(report.overall.scoreText).toBe('76.7');
	});

	it('keeps the engine’s ranking of recommendations, each with evidence and first steps', () => {
		const report = buildReport(content, low, 'ja', date);
		expect(report.recommendations.map((item) => item.id)).toEqual(
			low.recommendations.map((item) => item.recommendation.id)
		);
		expect(report.recommendations.length).toBeGreaterThan(0);
		for (const item of report.recommendations) {
			expect(item.title).not.toBe('');
			expect(item.steps.length).toBeGreaterThan(0);
			expect(item.evidence.length).toBeGreaterThan(0);
			for (const figure of item.evidence) {
				expect(figure.valueText).toMatch(/%$/);
				expect(figure.source).not.toBe('');
				expect(figure.year).toBeGreaterThanOrEqual(2023);
				expect(figure.nText).toMatch(/^n=|n記載なし/);
			}
		}
		const first = report.recommendations[0]!;
		expect(first.gainText).toContain(`+${low.recommendations[0]!.patternGain}`);
	});

	it('states only the gains a recommendation would make, never a change of 0', () => {
		const report = buildReport(content, low, 'ja', date);
		const texts = (test: (item: (typeof report.recommendations)[number]) => boolean) =>
			report.recommendations.filter(test).map((item) => item.gainText);
		const both = texts((item) => item.patternGain > 0 && item.maturityGain > 0);
		const maturityOnly = texts((item) => item.patternGain === 0 && item.maturityGain > 0);
		// The minimal answers get both kinds: practices the pattern match weighs, and others.
		expect(both.length).toBeGreaterThan(0);
		expect(maturityOnly.length).toBeGreaterThan(0);
		for (const text of both)
			expect(text).toMatch(/パターン一致度 \+[\d.]+ポイント、総合成熟度 \+[\d.]+点$/);
		for (const text of maturityOnly) {
			expect(text).toMatch(/：総合成熟度 \+[\d.]+点$/);
			expect(text).not.toContain('パターン一致度');
		}
		const english = buildReport(content, low, 'en', date).recommendations;
		const unchanged = english.find((item) => item.patternGain === 0)!;
		expect(unchanged.gainText).toMatch(/: overall maturity \+[\d.]+ points$/);
	});

	it('shows every visible question once, with the labels of the chosen options', () => {
		const report = buildReport(content, high, 'ja', date);
		const shown = report.questions.flatMap((group) =>
			group.questions.map((question) => question.id)
		);
		expect(shown).toEqual(visibleQuestions(content, high.answers).map((question) => question.id));
		const segmentation = report.questions
			.flatMap((group) => group.questions)
			.find((question) => question.id === 'touch_segmentation')!;
		expect(segmentation.answer).toEqual(['契約金額・ARR', '利用状況・ヘルススコア']);
		expect(segmentation.answerText).toBe('契約金額・ARR、利用状況・ヘルススコア');
	});

	it('gives the survey shares for an answer, marking derived figures with their formula', () => {
		const report = buildReport(content, low, 'en', date);
		const touch = report.questions
			.flatMap((group) => group.questions)
			.find((question) => question.id === 'touch_model')!;
		expect(touch.answerText).toBe('No');
		const printed = touch.shares.find((figure) => figure.id === 'vx2023_touch_built_felt')!;
		expect(printed).toMatchObject({ value: 43.5, formula: null, isYourAnswer: false, year: 2023 });
		const derived = touch.shares.find((figure) => figure.id === 'vx2023_touch_other_felt')!;
		expect(derived).toMatchObject({ isYourAnswer: true, formula: '100 − 43.5' });
		expect(new Set(touch.shares.map((figure) => figure.id)).size).toBe(touch.shares.length);
	});

	it('describes the method and every source with year, fieldwork and the segments used', () => {
		const report = buildReport(content, low, 'ja', date);
		expect(report.methodology.length).toBeGreaterThanOrEqual(3);
		expect(report.methodology.join('')).toContain(String(low.pattern.priorTotal));
		expect(report.sources.map((source) => source.id).sort()).toEqual(
			Object.keys(content.sources).sort()
		);
		for (const source of report.sources) {
			expect(source.fieldwork).not.toBe('');
			expect(source.year).toBeGreaterThanOrEqual(2023);
			expect(source.segments.length).toBeGreaterThan(0);
		}
	});

	it('has no recommendations, and says so, when none applies', () => {
		const report = buildReport(content, high, 'en', date);
		expect(report.recommendations).toEqual([]);
		expect(report.text.noRecommendations).toMatch(/No recommendation/);
	});

	it('is fully in the chosen language', () => {
		const en = buildReport(content, low, 'en', date);
		expect(en.title).toBe('CS Maturity Check report');
		expect(en.dateText).toBe('23 November 2026');
		expect(en.recommendations[0]!.title).toBe(low.recommendations[0]!.recommendation.title.en);
	});
});

describe('dates and names', () => {
	it('uses the local calendar day, not UTC’s', () => {
		expect(isoDay(new Date(2026, 10, 23, 23, 59))).toBe('2026-11-23');
		expect(isoDay(new Date(2026, 0, 2, 0, 1))).toBe('2026-01-02');
		expect(reportFileName(new Date(2026, 10, 23), 'pdf')).toBe('cs-maturity-check-2026-11-23.pdf');
	});

	it('names the benchmark edition after its documents', () => {
		expect(benchmarkEdition(content)).toBe(Object.keys(content.sources).sort().join('+'));
	});
});
