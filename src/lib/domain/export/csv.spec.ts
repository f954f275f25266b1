import content from 'virtual:content';
import { describe, expect, it } from 'vitest';
import { minimalAnswers } from '../../../../tests/helpers/answers.ts';
import { visibleQuestions } from '../questionnaire.ts';
import { buildReport } from '../report.ts';
import { score } from '../scoring.ts';
import { BOM, csvField, neutraliseFormula, reportToCsv, toCsv } from './csv.ts';

const date = new Date(2026, 10, 23);
const low = score(content, minimalAnswers);

/** A small RFC 4180 reader, enough to check what a spreadsheet program would see. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index += 1) {
		const char = text[index]!;
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				field += '"';
				index += 1;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\r' && text[index + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			index += 1;
		} else field += char;
	}
	expect(field).toBe('');
	expect(row).toEqual([]);
	return rows;
}

describe('CSV cells', () => {
	it('neutralises every cell a spreadsheet would run as a formula', () => {
		for (const dangerous of [
			'=1+1',
			'+1',
			'-1',
			'@SUM(A1)',
			'\tx',
			'\rx',
			'=HYPERLINK("http://x")'
		]) {
			expect(neutraliseFormula(dangerous)).toBe(`'${dangerous}`);
		}
		expect(neutraliseFormula('1+1')).toBe('1+1');
		expect(neutraliseFormula('タッチモデル')).toBe('タッチモデル');
		expect(neutraliseFormula(' =x')).toBe(' =x');
	});

	it('quotes by RFC 4180: commas, quotes and line breaks', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('one\ntwo')).toBe('"one\ntwo"');
		expect(csvField('=1,2')).toBe(`"'=1,2"`);
		expect(csvField('\r=1')).toBe(`"'\r=1"`);
		expect(csvField(12.5)).toBe('12.5');
		expect(csvField(null)).toBe('');
	});

	it('starts with a byte-order mark and ends every record with CRLF', () => {
		const text = toCsv([
			['a', 'b'],
			['c', 'd']
		]);
		expect(text.startsWith(BOM)).toBe(true);
		expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
		expect(text.slice(1)).toBe('a,b\r\nc,d\r\n');
	});

	it('round-trips hostile values: what a reader sees is the value, defused', () => {
		const values = ['=cmd|" /C calc"!A0', 'a,"b"\r\nc', '@x', '-2+3', 'plain'];
		const parsed = parseCsv(toCsv([values]).slice(1));
		expect(parsed).toEqual([
			values.map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value))
		]);
	});
});

describe('reportToCsv', () => {
	const text = reportToCsv(buildReport(content, low, 'ja', date));
	const rows = parseCsv(text.slice(1));

	it('has a header, the scores, then one row per question shown', () => {
		expect(rows[0]).toEqual(['種別', '観点', '項目', '回答', 'スコア', '調査での割合', '出典']);
		expect(rows[1]).toEqual(['総合', '', '総合成熟度', 'レベル1「萌芽期」', '0', '', '']);
		expect(rows[2]![0]).toBe('パターン一致度');
		expect(Number(rows[2]![4])).toBeCloseTo(low.pattern.percent, 1);
		const dimensions = rows.filter((row) => row[0] === '観点');
		expect(dimensions.map((row) => row[1])).toEqual(low.dimensions.map((item) => item.title.ja));
		const questions = rows.filter((row) => row[0] === '質問');
		expect(questions.length).toBe(visibleQuestions(content, low.answers).length);
		for (const row of rows) expect(row.length).toBe(7);
	});

	it('gives the answer, the survey shares and their sources for a question', () => {
		const touch = rows.find((row) => row[2]?.startsWith('タッチモデル（'))!;
		expect(touch[1]).toBe('タッチモデル');
		expect(touch[3]).toBe('構築していない');
		expect(touch[4]).toBe('0');
		expect(touch[5]).toContain('効果を感じている層「タッチモデルを構築している」43.5%（n=276）');
		expect(touch[5]).toContain('導出値（100 − 43.5） ◀ あなたの回答');
		expect(touch[6]).toContain('2023年');
	});

	it('has no cell that a spreadsheet would read as a formula', () => {
		for (const row of rows) {
			for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
		}
	});
});
