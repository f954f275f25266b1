/**
 * The CSV download: the scores (overall, pattern match, one row per area), then one row per
 * question shown (area, question, answer, points, the survey shares and their sources).
 *
 * - UTF-8 with a byte-order mark, so Excel in Japan opens it as UTF-8 rather than Shift_JIS.
 * - RFC 4180: CRLF line ends; a field with a comma, quote, CR or LF is quoted, quotes doubled.
 * - Formula injection: a cell starting with =, +, -, @, tab or CR would be run as a formula by
 *   spreadsheet programs, so it gets a leading single quote and is shown as text.
 */
import type { ReportFigure, ReportModel } from '../report.ts';

export const BOM = '\uFEFF';

/** Neutralises a cell a spreadsheet would read as a formula. */
export function neutraliseFormula(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field, formula-safe. */
export function csvField(value: string | number | null): string {
	const text = neutraliseFormula(value === null ? '' : String(value));
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | null)[][]): string {
	return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function share(figure: ReportFigure, model: ReportModel): string {
	const t = model.text;
	return (
		t.shareLine(figure.segment, figure.answer, figure.valueText, figure.nText) +
		(figure.formula ? ` ${t.derived(figure.formula)}` : '') +
		(figure.isYourAnswer ? ` ${t.yourAnswerMark}` : '') +
		(figure.isYourSegment ? t.yourSegmentMark : '')
	);
}

export function reportToCsv(model: ReportModel): string {
	const t = model.text;
	const rows: (string | number | null)[][] = [
		[t.csvKind, t.csvDimension, t.csvItem, t.csvAnswer, t.csvScore, t.csvShares, t.csvSource],
		[t.csvKindOverall, '', t.overallHeading, model.overall.levelText, model.overall.score, '', ''],
		[
			t.csvKindPattern,
			'',
			t.patternHeading,
			model.pattern.summary,
			round1(model.pattern.percent),
			'',
			''
		]
	];
	for (const dimension of model.dimensions) {
		rows.push([
			t.csvKindDimension,
			dimension.title,
			dimension.title,
			dimension.levelText,
			dimension.score,
			'',
			''
		]);
	}
	const separator = model.locale === 'ja' ? '；' : '; ';
	for (const group of model.questions) {
		for (const question of group.questions) {
			const sources = [...new Set(question.shares.map((figure) => figure.sourceText))];
			rows.push([
				t.csvKindQuestion,
				group.title,
				question.text,
				question.answerText,
				question.points,
				question.shares.map((figure) => share(figure, model)).join(separator),
				sources.join(separator)
			]);
		}
	}
	return toCsv(rows);
}
