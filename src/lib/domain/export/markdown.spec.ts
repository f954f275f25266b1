import content from 'virtual:content';
import { describe, expect, it } from 'vitest';
import { fullAnswers, minimalAnswers } from '../../../../tests/helpers/answers.ts';
import { buildReport, type ReportModel } from '../report.ts';
import { score } from '../scoring.ts';
import { escapeMarkdown, reportToMarkdown } from './markdown.ts';

const date = new Date(2026, 10, 23);
const low = score(content, minimalAnswers);

describe('escapeMarkdown', () => {
	it('leaves ordinary Japanese and English text alone', () => {
		expect(escapeMarkdown('効果実感層の55.3%がフェーズを分けて運用')).toBe(
			'効果実感層の55.3%がフェーズを分けて運用'
		);
		expect(escapeMarkdown('12.8% of companies (2025)')).toBe('12.8% of companies (2025)');
	});

	it('escapes everything that could become inline markup or HTML', () => {
		expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
		expect(escapeMarkdown('[link](https://evil.example) ![img](x)')).toBe(
			'\\[link\\](https://evil.example) !\\[img\\](x)'
		);
		expect(escapeMarkdown('*bold* _em_ ~~del~~ `code` $x$')).toBe(
			'\\*bold\\* \\_em\\_ \\~\\~del\\~\\~ \\`code\\` \\$x\\$'
		);
		expect(escapeMarkdown('a | b')).toBe('a \\| b');
		expect(escapeMarkdown('&amp; &#60;')).toBe('\\&amp; \\&\\#60;');
		expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
	});

	it('never starts a block: headings, quotes, lists, rules and new lines', () => {
		expect(escapeMarkdown('# title')).toBe('\\# title');
		expect(escapeMarkdown('> quote')).toBe('\\> quote');
		expect(escapeMarkdown('- item')).toBe('\\- item');
		expect(escapeMarkdown('+ item')).toBe('\\+ item');
		expect(escapeMarkdown('1. item')).toBe('1\\. item');
		expect(escapeMarkdown('2) item')).toBe('2\\) item');
		expect(escapeMarkdown('===')).toBe('\\===');
		// Line breaks become spaces, so nothing after them starts a line either.
		expect(escapeMarkdown('one\n# two\r\n- three')).toBe('one \\# two - three');
		expect(escapeMarkdown('\n- item')).toBe('\\- item');
	});
});

/** A report whose every text is hostile markup, to check that none of it gets through. */
function hostile(model: ReportModel): ReportModel {
	const evil = '| <img src=x onerror=alert(1)> [x](javascript:alert(1)) **b** \n# h';
	return {
		...model,
		subtitle: evil,
		recommendations: model.recommendations.map((item) => ({
			...item,
			title: evil,
			why: evil,
			steps: [evil],
			evidence: item.evidence.map((figure) => ({ ...figure, chart: evil, answer: evil }))
		})),
		questions: model.questions.map((group) => ({
			...group,
			title: evil,
			questions: group.questions.map((question) => ({
				...question,
				text: evil,
				answerText: evil,
				shares: question.shares.map((figure) => ({ ...figure, answer: evil, segment: evil }))
			}))
		}))
	};
}

describe('reportToMarkdown', () => {
	it('has the same sections as the PDF', () => {
		const markdown = reportToMarkdown(buildReport(content, low, 'ja', date));
		expect(markdown).toMatch(/^# CS成熟度診断 レポート\n/);
		expect(markdown).toContain('\n- ベンチマーク：2023〜2025年の調査3件（出典は末尾）\n');
		expect(markdown).not.toContain('jcsa2025+');
		for (const heading of [
			'## 総合成熟度',
			'## 効果実感層とのパターン一致度',
			'## 観点別の成熟度',
			'## おすすめの取り組み',
			'## 回答とベンチマーク',
			'## 診断の方法と出典',
			'### 出典'
		]) {
			expect(markdown).toContain(`\n${heading}\n`);
		}
		expect(markdown).toContain('作成日：2026年11月23日');
		expect(markdown).toContain('**0 / 100** — レベル1「萌芽期」');
		for (const item of low.recommendations) {
			expect(markdown).toContain(`. ${item.recommendation.title.ja}\n`);
		}
		expect(markdown).toContain('| タッチモデル | 0 | レベル1「萌芽期」 | □□□□□□□□□□ |');
		expect(markdown).toContain('導出値（100 − 43.5）');
	});

	it('makes tables whose rows all have the same number of cells', () => {
		const markdown = reportToMarkdown(hostile(buildReport(content, low, 'en', date)));
		const tables = markdown.split('\n\n').filter((block) => block.startsWith('| '));
		expect(tables.length).toBeGreaterThan(3);
		for (const table of tables) {
			const counts = table.split('\n').map((line) => line.replace(/\\\|/g, '').split('|').length);
			expect(new Set(counts).size).toBe(1);
		}
	});

	it('lets no content text become markup', () => {
		const markdown = reportToMarkdown(hostile(buildReport(content, low, 'en', date)));
		// Every <, [, * and | that comes from the content is escaped; headings are only ours.
		expect(markdown).not.toMatch(/(^|[^\\])</m);
		expect(markdown).not.toMatch(/(^|[^\\])\[/m);
		expect(markdown).not.toMatch(/(^|[^\\*])\*b/m);
		expect(markdown.split('\n').filter((line) => /^#+ h$/.test(line))).toEqual([]);
		expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
	});

	it('says when no recommendation applies', () => {
		const markdown = reportToMarkdown(
			buildReport(content, score(content, fullAnswers), 'en', date)
		);
		expect(markdown).toContain('No recommendation applies to your answers');
	});
});
