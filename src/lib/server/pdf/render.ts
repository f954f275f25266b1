/**
 * The PDF report (A4) from the report model, drawn with pdfkit: cover with the overall level, the
 * pattern match and the dimension chart and table; the recommendations with their evidence and
 * first steps; every question shown with the answer and the survey shares; the method and the
 * sources. Charts are pdfkit vector graphics.
 *
 * Every text goes through pdfkit's text API, which lays it out with the embedded font and writes
 * it as glyph ids: no text, whatever it contains, can become a PDF operator. Nothing here builds
 * a content stream by hand.
 */
import PDFDocument from 'pdfkit';
import type { ReportFigure, ReportModel } from '../../domain/report.ts';
import { reportFonts } from './fonts.ts';
import { drawDimensionChart, shareBar } from './chart.ts';

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 52, bottom: 60, left: 50, right: 50 };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LEFT = MARGIN.left;

export const COLOURS = {
	ink: '#1b1f24',
	muted: '#4f5965',
	accent: '#1d4f91',
	heading: '#123a6b',
	accentSoft: '#e3ebf6',
	your: '#9a4a00',
	yourSoft: '#fff1dc',
	rule: '#c9d0d8',
	band: '#f3f5f8',
	white: '#ffffff'
};

const REGULAR = 'NotoSansJP';
const BOLD = 'NotoSansJP-Bold';

type Doc = PDFKit.PDFDocument;

function setFont(doc: Doc, weight: 'regular' | 'bold', size: number, colour = COLOURS.ink) {
	doc
		.font(weight === 'bold' ? BOLD : REGULAR)
		.fontSize(size)
		.fillColor(colour);
	return doc;
}

/** Distance from the top of a line to its baseline, for Noto Sans JP at this size. */
const ascent = (size: number) => size * 1.16;

const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` still fits on this one. */
function ensureSpace(doc: Doc, height: number) {
	if (doc.y + height > bottom(doc)) doc.addPage();
}

function text(
	doc: Doc,
	value: string,
	options: { x?: number; width?: number; gap?: number; align?: 'left' | 'right' | 'center' } = {}
) {
	doc.text(value, options.x ?? LEFT, doc.y, {
		width: options.width ?? WIDTH,
		lineGap: options.gap ?? 2,
		align: options.align ?? 'left'
	});
}

/** The exact height of a text at the current font and size (lays it out: use sparingly). */
function heightOf(doc: Doc, value: string, width: number, gap = 2): number {
	return doc.heightOfString(value, { width, lineGap: gap });
}

/** Noto Sans JP's line height, in ems (ascent 1.16 + descent 0.288). */
const LINE_EM = 1.448;

/**
 * A close estimate of a text's height, from its characters alone (full-width 1 em, others about
 * 0.56 em), for page-break decisions. Laying text out is most of the cost of a report, and
 * measuring it exactly first would lay it out twice.
 */
function estimateHeight(value: string, size: number, width: number, gap = 2): number {
	let lines = 0;
	for (const paragraph of value.split('\n')) {
		let ems = 0;
		for (const char of paragraph) ems += char.charCodeAt(0) >= 0x2e80 ? 1 : 0.56;
		lines += Math.max(1, Math.ceil((ems * size * 1.03) / width));
	}
	return lines * (size * LINE_EM + gap);
}

function sectionHeading(doc: Doc, value: string, outline = true) {
	ensureSpace(doc, 60);
	if (outline) doc.outline.addItem(value);
	setFont(doc, 'bold', 16, COLOURS.accent);
	text(doc, value);
	const y = doc.y + 2;
	doc
		.moveTo(LEFT, y)
		.lineTo(LEFT + WIDTH, y)
		.lineWidth(1)
		.strokeColor(COLOURS.accent)
		.stroke();
	doc.y = y + 10;
}

function subHeading(doc: Doc, value: string, size = 10, colour = COLOURS.ink) {
	ensureSpace(doc, size * 3);
	setFont(doc, 'bold', size, colour);
	text(doc, value);
	doc.y += 2;
}

function paragraph(doc: Doc, value: string, size = 9, colour = COLOURS.ink) {
	setFont(doc, 'regular', size, colour);
	ensureSpace(doc, size * 2.5);
	text(doc, value, { gap: 3 });
	doc.y += size * 0.6;
}

/** A list item with a hanging indent: the marker in the margin of the text. */
function listItem(doc: Doc, marker: string, value: string, size = 9, indent = 16) {
	setFont(doc, 'regular', size);
	ensureSpace(doc, Math.min(estimateHeight(value, size, WIDTH - indent), size * 3));
	const y = doc.y;
	doc.text(marker, LEFT, y, { width: indent, lineBreak: false });
	doc.text(value, LEFT + indent, y, { width: WIDTH - indent, lineGap: 2 });
	doc.y += 2;
}

function cover(doc: Doc, model: ReportModel) {
	const t = model.text;
	doc.rect(0, 0, A4.width, 150).fill(COLOURS.accent);
	setFont(doc, 'bold', 26, COLOURS.white);
	doc.text(model.title, LEFT, 50, { width: WIDTH });
	setFont(doc, 'regular', 12, COLOURS.white);
	doc.text(model.subtitle, LEFT, doc.y + 4, { width: WIDTH });
	doc.outline.addItem(model.title);

	setFont(doc, 'regular', 9.5, COLOURS.muted);
	doc.text(
		[
			t.createdOn(model.dateText),
			t.questionSetVersion(model.questionSet),
			model.benchmarkText
		].join('   ·   '),
		LEFT,
		168,
		{ width: WIDTH }
	);

	// Two cards: overall maturity and pattern match.
	const top = doc.y + 16;
	const gap = 16;
	const cardWidth = (WIDTH - gap) / 2;
	const inner = cardWidth - 28;
	setFont(doc, 'regular', 8.5);
	const summaryHeight = heightOf(doc, model.pattern.summary, inner);
	const cardHeight = Math.max(118, 78 + summaryHeight + 14);
	for (const [index, x] of [LEFT, LEFT + cardWidth + gap].entries()) {
		doc.roundedRect(x, top, cardWidth, cardHeight, 6).fill(COLOURS.band);
		doc.rect(x, top, 4, cardHeight).fill(COLOURS.accent);
		const left = x + 16;
		setFont(doc, 'bold', 10, COLOURS.muted);
		doc.text(index === 0 ? t.overallHeading : t.patternHeading, left, top + 12, { width: inner });
		if (index === 0) {
			setFont(doc, 'bold', 34, COLOURS.ink);
			doc.text(model.overall.scoreText, left, top + 30, { lineBreak: false });
			const scoreWidth = doc.widthOfString(model.overall.scoreText);
			// Same baseline as the score: pdfkit places text by the top of its line.
			const baseline = top + 30 + ascent(34);
			setFont(doc, 'regular', 13, COLOURS.muted);
			doc.text('/ 100', left + scoreWidth + 6, baseline - ascent(13), { lineBreak: false });
			setFont(doc, 'bold', 12, COLOURS.accent);
			doc.text(model.overall.levelText, left, top + 82, { width: inner });
		} else {
			setFont(doc, 'bold', 34, COLOURS.ink);
			doc.text(model.pattern.percentText, left, top + 30, { width: inner, lineBreak: false });
			setFont(doc, 'regular', 8.5, COLOURS.ink);
			doc.text(model.pattern.summary, left, top + 78, { width: inner, lineGap: 2 });
		}
	}
	doc.y = top + cardHeight + 26;

	sectionHeading(doc, t.dimensionsHeading);
	setFont(doc, 'regular', 8, COLOURS.muted);
	text(doc, t.chartCaption);
	doc.y += 6;
	doc.y = drawDimensionChart(doc, model, { x: LEFT, y: doc.y, width: WIDTH, font: REGULAR });
	doc.y += 14;
	dimensionTable(doc, model);
}

function dimensionTable(doc: Doc, model: ReportModel) {
	const t = model.text;
	const columns = [
		{ width: WIDTH * 0.45, align: 'left' as const },
		{ width: WIDTH * 0.15, align: 'right' as const },
		{ width: WIDTH * 0.4, align: 'left' as const }
	];
	const rowHeight = 20;
	const drawRow = (cells: string[], header: boolean) => {
		ensureSpace(doc, rowHeight);
		const y = doc.y;
		if (header) doc.rect(LEFT, y, WIDTH, rowHeight).fill(COLOURS.accentSoft);
		let x = LEFT;
		setFont(doc, header ? 'bold' : 'regular', 9);
		cells.forEach((cell, index) => {
			const column = columns[index]!;
			doc.text(cell, x + 8, y + 5, {
				width: column.width - 16,
				align: column.align,
				lineBreak: false,
				ellipsis: true
			});
			x += column.width;
		});
		doc
			.moveTo(LEFT, y + rowHeight)
			.lineTo(LEFT + WIDTH, y + rowHeight)
			.lineWidth(0.5)
			.strokeColor(COLOURS.rule)
			.stroke();
		doc.y = y + rowHeight;
	};
	drawRow([t.dimensionColumn, t.scoreColumn, t.levelColumn], true);
	for (const dimension of model.dimensions) {
		drawRow([dimension.title, dimension.scoreText, dimension.levelText], false);
	}
	drawRow([t.overallHeading, model.overall.scoreText, model.overall.levelText], false);
}

function evidenceItem(doc: Doc, model: ReportModel, figure: ReportFigure) {
	const t = model.text;
	const indent = 14;
	const width = WIDTH - indent;
	const main =
		t.shareLine(figure.segment, figure.answer, figure.valueText, figure.nText) +
		(figure.formula ? ` ${t.derived(figure.formula)}` : '') +
		(figure.isYourAnswer ? ` ${t.yourAnswerMark}` : '');
	const detail = `${figure.chart} — ${figure.sourceText}`;
	ensureSpace(doc, estimateHeight(main, 8.5, width) + 2 + estimateHeight(detail, 7.5, width, 1.5));
	const y = doc.y;
	setFont(doc, 'regular', 8.5, figure.isYourAnswer ? COLOURS.your : COLOURS.ink);
	doc.text('•', LEFT, y, { width: indent, lineBreak: false });
	doc.text(main, LEFT + indent, y, { width, lineGap: 2 });
	setFont(doc, 'regular', 7.5, COLOURS.muted);
	doc.text(detail, LEFT + indent, doc.y + 1, { width, lineGap: 1.5 });
	doc.y += 4;
}

function recommendations(doc: Doc, model: ReportModel) {
	const t = model.text;
	doc.addPage();
	sectionHeading(doc, t.recommendationsHeading);
	if (model.recommendations.length === 0) {
		paragraph(doc, t.noRecommendations, 10);
		return;
	}
	for (const item of model.recommendations) {
		ensureSpace(doc, 120);
		const top = doc.y;
		doc.circle(LEFT + 10, top + 10, 10).fill(COLOURS.accent);
		setFont(doc, 'bold', 10, COLOURS.white);
		doc.text(String(item.rank), LEFT, top + 3.5, { width: 20, align: 'center', lineBreak: false });
		setFont(doc, 'bold', 12.5, COLOURS.ink);
		doc.text(item.title, LEFT + 28, top + 1, { width: WIDTH - 28, lineGap: 2 });
		doc.y += 3;
		setFont(doc, 'regular', 8.5, COLOURS.accent);
		text(doc, item.gainText, { x: LEFT + 28, width: WIDTH - 28 });
		setFont(doc, 'regular', 8.5, COLOURS.muted);
		text(doc, t.relatedQuestion(item.question), { x: LEFT + 28, width: WIDTH - 28 });
		doc.y += 6;
		subHeading(doc, t.whyHeading, 9.5);
		paragraph(doc, item.why, 9);
		subHeading(doc, t.evidenceHeading, 9.5);
		for (const figure of item.evidence) evidenceItem(doc, model, figure);
		doc.y += 3;
		subHeading(doc, t.stepsHeading, 9.5);
		item.steps.forEach((step, index) => listItem(doc, `${index + 1}.`, step));
		doc.y += 8;
		ensureSpace(doc, 14);
		doc
			.moveTo(LEFT, doc.y)
			.lineTo(LEFT + WIDTH, doc.y)
			.lineWidth(0.5)
			.strokeColor(COLOURS.rule)
			.stroke();
		doc.y += 14;
	}
}

/** Column layout of a question's shares: answer and segment, bar, n, source. */
const SHARE_COLUMNS = { answer: 196, bar: 118, n: 50, source: WIDTH - 196 - 118 - 50 };
const SHARE_PAD = 4;

function shareTexts(model: ReportModel, figure: ReportFigure) {
	const t = model.text;
	return {
		answer: figure.answer,
		segment: figure.segment + (figure.isYourSegment ? t.yourSegmentMark : ''),
		mark: figure.isYourAnswer ? t.yourAnswerMark : '',
		source: figure.sourceText + (figure.formula ? `\n${t.derived(figure.formula)}` : '')
	};
}

const answerWidth = SHARE_COLUMNS.answer - 2 * SHARE_PAD - 8;
const sourceWidth = SHARE_COLUMNS.source - SHARE_PAD;

function shareRowHeight(
	doc: Doc,
	model: ReportModel,
	figure: ReportFigure,
	measure: 'exact' | 'estimate'
): number {
	const texts = shareTexts(model, figure);
	const height = (value: string, size: number, width: number) => {
		if (measure === 'estimate') return estimateHeight(value, size, width, 1);
		setFont(doc, 'regular', size);
		return heightOf(doc, value, width, 1);
	};
	const left =
		height(texts.answer, 8, answerWidth) +
		height(texts.segment, 7, answerWidth) +
		(texts.mark ? height(texts.mark, 7, answerWidth) + 1 : 0) +
		2;
	return Math.max(left, height(texts.source, 7, sourceWidth), 16) + 2 * SHARE_PAD;
}

/**
 * One survey figure beside a question. Only the row of the user's own answer needs its height
 * before it is drawn (for its background); the others are measured by drawing them.
 */
function shareRow(doc: Doc, model: ReportModel, figure: ReportFigure) {
	const texts = shareTexts(model, figure);
	const known = figure.isYourAnswer ? shareRowHeight(doc, model, figure, 'exact') : undefined;
	ensureSpace(doc, known ?? shareRowHeight(doc, model, figure, 'estimate'));
	const y = doc.y;
	const colour = figure.isYourAnswer ? COLOURS.your : COLOURS.ink;
	if (known) doc.rect(LEFT, y, WIDTH, known).fill(COLOURS.yourSoft);
	let x = LEFT;
	setFont(doc, 'regular', 8, colour);
	doc.text(texts.answer, x + SHARE_PAD, y + SHARE_PAD, { width: answerWidth, lineGap: 1 });
	setFont(doc, 'regular', 7, COLOURS.muted);
	doc.text(texts.segment, x + SHARE_PAD, doc.y + 1, { width: answerWidth, lineGap: 1 });
	if (texts.mark) {
		setFont(doc, 'regular', 7, COLOURS.your);
		doc.text(texts.mark, x + SHARE_PAD, doc.y + 1, { width: answerWidth, lineGap: 1 });
	}
	let bottom = doc.y + 2;
	x += SHARE_COLUMNS.answer;
	shareBar(doc, {
		x,
		y: y + SHARE_PAD,
		width: SHARE_COLUMNS.bar - 8,
		value: figure.value,
		label: figure.valueText,
		colour: figure.isYourAnswer ? COLOURS.your : COLOURS.accent,
		font: REGULAR
	});
	x += SHARE_COLUMNS.bar;
	setFont(doc, 'regular', 7.5, COLOURS.muted);
	doc.text(figure.nText, x, y + SHARE_PAD + 1, {
		width: SHARE_COLUMNS.n - SHARE_PAD,
		lineBreak: false
	});
	x += SHARE_COLUMNS.n;
	setFont(doc, 'regular', 7, COLOURS.muted);
	doc.text(texts.source, x, y + SHARE_PAD, { width: sourceWidth, lineGap: 1 });
	bottom = Math.max(bottom, doc.y, y + 16 + SHARE_PAD) + SHARE_PAD;
	const end = known ? y + known : bottom;
	doc
		.moveTo(LEFT, end)
		.lineTo(LEFT + WIDTH, end)
		.lineWidth(0.4)
		.strokeColor(COLOURS.rule)
		.stroke();
	doc.y = end;
}

function answers(doc: Doc, model: ReportModel) {
	const t = model.text;
	// Straight after the recommendations when there is room (there is none, or little, to show).
	if (doc.y > A4.height / 2) doc.addPage();
	else doc.y += 24;
	sectionHeading(doc, t.answersHeading);
	paragraph(doc, t.answersLead, 8.5, COLOURS.muted);
	for (const group of model.questions) {
		ensureSpace(doc, 90);
		doc.y += 4;
		subHeading(doc, group.title, 12.5, COLOURS.accent);
		doc.y += 2;
		for (const question of group.questions) {
			// Keep the question, the answer and the first figure together.
			const first = question.shares[0];
			const firstHeight = first ? shareRowHeight(doc, model, first, 'estimate') : 14;
			ensureSpace(doc, estimateHeight(question.text, 10, WIDTH) + 20 + firstHeight);
			// Regular weight (in the accent colour) rather than bold: every question text in bold
			// would put most of the report's kanji into the bold subset too.
			setFont(doc, 'regular', 10, COLOURS.heading);
			text(doc, question.text);
			doc.y += 2;
			setFont(doc, 'regular', 9, COLOURS.muted);
			doc.text(`${t.yourAnswer}${t.colon}`, LEFT, doc.y, {
				continued: true,
				lineGap: 2,
				width: WIDTH
			});
			setFont(doc, 'regular', 9, COLOURS.your);
			doc.text(question.answerText, { lineGap: 2 });
			doc.y += 3;
			if (question.shares.length === 0) {
				setFont(doc, 'regular', 8, COLOURS.muted);
				text(doc, t.noBenchmark);
			} else {
				for (const figure of question.shares) shareRow(doc, model, figure);
			}
			doc.y += 12;
		}
	}
}

function methodology(doc: Doc, model: ReportModel) {
	const t = model.text;
	doc.addPage();
	sectionHeading(doc, t.methodologyHeading);
	for (const item of model.methodology) paragraph(doc, item, 9);
	doc.y += 6;
	subHeading(doc, t.sourcesHeading, 13, COLOURS.accent);
	doc.y += 2;
	for (const source of model.sources) {
		const rows: [string, string][] = [
			[t.publisherLabel, source.publisher],
			[t.yearLabel, String(source.year)],
			[t.fieldworkLabel, source.fieldwork],
			[t.populationLabel, source.population]
		];
		if (source.segments.length) {
			rows.push([
				t.segmentsLabel,
				source.segments.map((segment) => `${segment.label}（${segment.nText}）`).join('\n')
			]);
		}
		if (source.caveats.length) rows.push([t.caveatsLabel, source.caveats.join('\n')]);
		// Keep a source on one page when it fits on one.
		const height =
			30 + rows.reduce((total, [, value]) => total + estimateHeight(value, 8.5, WIDTH - 90) + 3, 0);
		ensureSpace(doc, Math.min(height, bottom(doc) - doc.page.margins.top));
		subHeading(doc, t.sourceYear(source.title, source.year), 10.5);
		for (const [label, value] of rows) labelled(doc, label, value);
		doc.y += 10;
	}
}

function labelled(doc: Doc, label: string, value: string) {
	const labelWidth = 90;
	ensureSpace(doc, Math.min(estimateHeight(value, 8.5, WIDTH - labelWidth), 30));
	const y = doc.y;
	setFont(doc, 'bold', 8.5, COLOURS.muted);
	doc.text(label, LEFT, y, { width: labelWidth - 8, lineGap: 2 });
	setFont(doc, 'regular', 8.5, COLOURS.ink);
	doc.text(value, LEFT + labelWidth, y, { width: WIDTH - labelWidth, lineGap: 2 });
	doc.y += 3;
}

function footers(doc: Doc, model: ReportModel) {
	const range = doc.bufferedPageRange();
	for (let index = range.start; index < range.start + range.count; index += 1) {
		doc.switchToPage(index);
		// Writing below the bottom margin would otherwise start a new page.
		const margin = doc.page.margins.bottom;
		doc.page.margins.bottom = 0;
		const y = A4.height - 36;
		doc
			.moveTo(LEFT, y - 8)
			.lineTo(LEFT + WIDTH, y - 8)
			.lineWidth(0.5)
			.strokeColor(COLOURS.rule)
			.stroke();
		setFont(doc, 'regular', 7.5, COLOURS.muted);
		doc.text(`${model.title} · ${model.dateText}`, LEFT, y, {
			width: WIDTH * 0.75,
			lineBreak: false
		});
		doc.text(model.text.pageNumber(index + 1, range.count), LEFT + WIDTH * 0.75, y, {
			width: WIDTH * 0.25,
			align: 'right',
			lineBreak: false
		});
		doc.page.margins.bottom = margin;
	}
}

/** The PDF report, as bytes. */
export function renderReportPdf(model: ReportModel): Promise<Buffer> {
	const fonts = reportFonts();
	const doc = new PDFDocument({
		size: 'A4',
		margins: MARGIN,
		bufferPages: true,
		autoFirstPage: true,
		lang: model.locale === 'ja' ? 'ja-JP' : 'en-GB',
		displayTitle: true,
		info: {
			Title: model.title,
			Subject: model.subtitle,
			Creator: 'CS Maturity Check',
			Producer: 'CS Maturity Check (PDFKit)'
		},
		// No default font: pdfkit would otherwise load Helvetica, which the report never uses.
		font: null as unknown as string
	});
	// pdfkit accepts a parsed font wherever it accepts font bytes; its types only know the bytes.
	doc.registerFont(REGULAR, fonts.regular as unknown as Buffer);
	doc.registerFont(BOLD, fonts.bold as unknown as Buffer);
	const chunks: Buffer[] = [];
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	cover(doc, model);
	recommendations(doc, model);
	answers(doc, model);
	methodology(doc, model);
	footers(doc, model);
	doc.end();
	return done;
}
