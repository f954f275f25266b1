/**
 * Vector charts for the PDF report, drawn with pdfkit's path API: the dimension bar chart (0–100
 * with the five level bands) and the small share bars beside each survey figure.
 */
import { LEVELS } from '../../domain/levels.ts';
import { pick } from '../../i18n/index.ts';
import type { ReportModel } from '../../domain/report.ts';

type Doc = PDFKit.PDFDocument;

const INK = '#1b1f24';
const MUTED = '#4f5965';
const ACCENT = '#1d4f91';
const GRID = '#c9d0d8';
const BAND = ['#f6f7f9', '#eef1f5'];

/**
 * Horizontal bars, one per scored dimension, on a 0–100 axis divided into the level bands, each
 * band named above the chart. Returns the y below the chart.
 */
export function drawDimensionChart(
	doc: Doc,
	model: ReportModel,
	box: { x: number; y: number; width: number; font: string }
): number {
	const labelWidth = 118;
	const valueWidth = 34;
	const chartX = box.x + labelWidth + 8;
	const chartWidth = box.width - labelWidth - 8 - valueWidth;
	const headerHeight = 16;
	const rowHeight = 25;
	const barHeight = 13;
	const top = box.y + headerHeight;
	const height = rowHeight * model.dimensions.length;
	const xAt = (value: number) => chartX + (chartWidth * Math.max(0, Math.min(100, value))) / 100;

	doc.font(box.font);
	// Level bands, alternately shaded, named above the chart.
	LEVELS.forEach((level, index) => {
		const from = xAt(level.from);
		const to = xAt(LEVELS[index + 1]?.from ?? 100);
		doc.rect(from, top, to - from, height).fill(BAND[index % 2]!);
		doc
			.fontSize(7)
			.fillColor(MUTED)
			.text(pick(level.name, model.locale), from, box.y + 2, {
				width: to - from,
				align: 'center',
				lineBreak: false
			});
	});
	// Grid lines at the band boundaries, axis labels below.
	for (let value = 0; value <= 100; value += 20) {
		const x = xAt(value);
		doc
			.moveTo(x, top)
			.lineTo(x, top + height)
			.lineWidth(value === 0 ? 0.8 : 0.5)
			.strokeColor(value === 0 ? MUTED : GRID)
			.stroke();
		doc
			.fontSize(7)
			.fillColor(MUTED)
			.text(String(value), x - 12, top + height + 3, {
				width: 24,
				align: 'center',
				lineBreak: false
			});
	}
	model.dimensions.forEach((dimension, index) => {
		const y = top + index * rowHeight;
		doc
			.fontSize(9)
			.fillColor(INK)
			.text(dimension.title, box.x, y + (rowHeight - 11) / 2, {
				width: labelWidth,
				align: 'right',
				lineBreak: false,
				ellipsis: true
			});
		const barY = y + (rowHeight - barHeight) / 2;
		if (dimension.score === null) {
			doc
				.fontSize(8)
				.fillColor(MUTED)
				.text(dimension.scoreText, chartX + 4, barY + 1, { width: chartWidth, lineBreak: false });
			return;
		}
		const end = xAt(dimension.score);
		if (end > chartX) doc.rect(chartX, barY, end - chartX, barHeight).fill(ACCENT);
		doc
			.fontSize(8.5)
			.fillColor(INK)
			.text(dimension.scoreText, end + 4, barY + 1, { width: valueWidth + 40, lineBreak: false });
	});
	// The overall score as a dashed line across the bars.
	const overallX = xAt(model.overall.score);
	doc
		.save()
		.moveTo(overallX, top - 2)
		.lineTo(overallX, top + height + 2)
		.lineWidth(1)
		.dash(3, { space: 2 })
		.strokeColor('#9a4a00')
		.stroke()
		.restore();
	doc
		.fontSize(7)
		.fillColor('#9a4a00')
		.text(
			`${model.text.overallHeading} ${model.overall.scoreText}`,
			Math.min(overallX - 40, chartX + chartWidth - 80),
			top + height + 13,
			{ width: 120, align: 'center', lineBreak: false }
		);
	return top + height + 26;
}

/** A share from 0 to 100 %: a thin track, the filled part, and the value after it. */
export function shareBar(
	doc: Doc,
	bar: {
		x: number;
		y: number;
		width: number;
		value: number;
		label: string;
		colour: string;
		font: string;
	}
): void {
	const labelWidth = 38;
	const trackWidth = bar.width - labelWidth;
	const height = 7;
	const y = bar.y + 2;
	doc.rect(bar.x, y, trackWidth, height).fill('#e7eaee');
	const filled = (trackWidth * Math.max(0, Math.min(100, bar.value))) / 100;
	if (filled > 0) doc.rect(bar.x, y, filled, height).fill(bar.colour);
	doc
		.font(bar.font)
		.fontSize(8)
		.fillColor(INK)
		.text(bar.label, bar.x + trackWidth + 4, bar.y, { width: labelWidth, lineBreak: false });
}
