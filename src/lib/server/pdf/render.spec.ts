/**
 * The PDF report, checked from the outside with poppler-utils (installed by
 * scripts/ensure-system-tools.js): pdftotext for the text, pdffonts for the embedded font,
 * pdfinfo for the page format.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import content from 'virtual:content';
import { beforeAll, describe, expect, it } from 'vitest';
import { fullAnswers, minimalAnswers } from '../../../../tests/helpers/answers.ts';
import { buildReport, type ReportModel } from '../../domain/report.ts';
import { score } from '../../domain/scoring.ts';
import type { Locale } from '../../i18n/index.ts';
import { renderReportPdf } from './render.ts';

const MAX_BYTES = 300 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
const date = new Date(2026, 10, 23);

function poppler(tool: string, args: string[]): string {
	try {
		return execFileSync(tool, args, { encoding: 'utf8' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
			throw new Error(
				`${tool} is missing: install poppler-utils (node scripts/ensure-system-tools.js does)`,
				{ cause: error }
			);
		}
		throw error;
	}
}

interface Made {
	model: ReportModel;
	bytes: Buffer;
	file: string;
	/** pdftotext's output with all white space removed (titles may wrap). */
	text: string;
	raw: string;
}

async function make(model: ReportModel, name: string): Promise<Made> {
	const bytes = await renderReportPdf(model);
	const file = join(dir, `${name}.pdf`);
	writeFileSync(file, bytes);
	const raw = poppler('pdftotext', ['-enc', 'UTF-8', file, '-']);
	return { model, bytes, file, raw, text: raw.replace(/\s+/g, '') };
}

const squeeze = (value: string) => value.replace(/\s+/g, '');

function report(answers: Record<string, string | string[]>, locale: Locale) {
	return buildReport(content, score(content, answers), locale, date);
}

describe('the PDF report of an early-stage company (Japanese)', () => {
	let made: Made;
	beforeAll(async () => {
		made = await make(report(minimalAnswers, 'ja'), 'early-ja');
	}, 60_000);

	it('is an A4 PDF', () => {
		expect(made.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		const info = poppler('pdfinfo', [made.file]);
		expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
		expect(info).toMatch(/Title:\s+CS成熟度診断 レポート/);
	});

	it('shows the Japanese title, the date, the score, the level and the pattern match', () => {
		expect(made.text).toContain('CS成熟度診断レポート');
		expect(made.text).toContain('2026年11月23日');
		// The cover card ("0 / 100") and the table's overall row.
		expect(made.text).toContain('/100');
		const { overall, text } = made.model;
		expect(made.text).toContain(
			squeeze(text.overallHeading + overall.scoreText + overall.levelText)
		);
		expect(made.text).toContain(made.model.pattern.percentText);
	});

	it('shows every recommendation title, with its first steps', () => {
		expect(made.model.recommendations.length).toBeGreaterThan(3);
		for (const item of made.model.recommendations) {
			expect(made.text).toContain(squeeze(item.title));
			expect(made.text).toContain(squeeze(item.steps[0]!));
		}
	});

	it('shows every question with the answer, and the methodology and sources', () => {
		for (const group of made.model.questions) {
			for (const question of group.questions) {
				expect(made.text).toContain(squeeze(question.text));
				expect(made.text).toContain(squeeze(question.answerText));
			}
		}
		expect(made.text).toContain('診断の方法と出典');
		for (const source of made.model.sources) {
			expect(made.text).toContain(squeeze(source.title));
			expect(made.text).toContain(squeeze(source.fieldwork));
		}
	});

	it('embeds Noto Sans JP as a subset, and no other font', () => {
		const rows = poppler('pdffonts', [made.file])
			.trim()
			.split('\n')
			.slice(2)
			.map((line) => line.trim().split(/\s+/));
		expect(rows.length).toBe(2);
		for (const row of rows) {
			// name, type (CID TrueType), encoding, emb, sub, uni, object, generation
			expect(row[0]).toMatch(/^[A-Z]{6}\+NotoSansJP-(Regular|Bold)$/);
			expect(row.slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
		}
	});

	it(`is smaller than ${MAX_BYTES / 1024} KB`, () => {
		expect(made.bytes.byteLength).toBeLessThan(MAX_BYTES);
	});
});

describe('the PDF report in English and without recommendations', () => {
	it('is in English, says there is nothing to recommend, and stays small', async () => {
		const made = await make(report(fullAnswers, 'en'), 'advanced-en');
		expect(made.text).toContain('CSMaturityCheckreport');
		expect(made.text).toContain('23November2026');
		expect(made.text).toContain(squeeze(made.model.text.noRecommendations));
		for (const dimension of made.model.dimensions) {
			expect(made.text).toContain(squeeze(dimension.title));
		}
		expect(made.bytes.byteLength).toBeLessThan(MAX_BYTES);
	}, 60_000);
});

describe('text that looks like PDF syntax', () => {
	it('is shown as text and never becomes PDF operators', async () => {
		const model = report(minimalAnswers, 'en');
		const evil = ') Tj ET BT /F1 99 Tf 0 0 Td (INJECTED) Tj ET q 1 0 0 1 0 0 cm Q\n%%EOF <<>> \\';
		const hostile: ReportModel = {
			...model,
			subtitle: evil,
			recommendations: model.recommendations.map((item) => ({ ...item, title: evil }))
		};
		const made = await make(hostile, 'hostile');
		// The string comes back from the text layer, once per place it was put (its second line
		// may come out after the rank number beside it).
		const count = (part: string) => made.text.split(squeeze(part)).length - 1;
		expect(count(evil.split('\n')[0]!)).toBe(1 + hostile.recommendations.length);
		expect(count('%%EOF <<>> \\')).toBe(1 + hostile.recommendations.length);
		// And the document is still the same, valid PDF (pdfinfo parses it; same fonts).
		expect(poppler('pdfinfo', [made.file])).toMatch(/Pages:\s+\d+/);
		expect(made.bytes.includes(Buffer.from('(INJECTED)'))).toBe(false);
	}, 60_000);
});
