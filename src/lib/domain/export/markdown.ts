/**
 * The Markdown download: the same content as the PDF report, readable as plain text and rendered
 * by GitHub. Every text that comes from the content files or the answers goes through
 * `escapeMarkdown` (or `escapeCell` in tables), so none of it can become markup: no HTML, links,
 * emphasis, headings, list items, table columns or math.
 */
import type { ReportFigure, ReportModel } from '../report.ts';

/**
 * ASCII punctuation that starts or ends inline markup in CommonMark or GitHub Flavored Markdown:
 * code, emphasis, strikethrough, links and images, raw HTML, entity references, table cells,
 * math, and a heading's closing #s. Each is backslash-escaped (CommonMark allows a backslash
 * before any ASCII punctuation).
 */
const INLINE = /[\\`*_[\]<>&|~$#]/g;

/**
 * Markers that only mean something at the start of a line: list items (`-`, `+`, `1.`, `1)`),
 * setext underlines (`=`, `-`); `#`, `>` and `*` are already escaped everywhere.
 */
const LINE_START = /^([+=-]|\d{1,9}[.)](?=\s|$))/;

/** One line of plain text that renders as itself. */
export function escapeMarkdown(text: string): string {
	const oneLine = text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ').trim();
	const escaped = oneLine.replace(INLINE, (char) => `\\${char}`);
	return escaped.replace(LINE_START, (marker) =>
		/^\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : `\\${marker}`
	);
}

/** A table cell: the same, and never empty (an empty cell is fine, but a dash reads better). */
function escapeCell(text: string): string {
	return escapeMarkdown(text) || '—';
}

function row(cells: string[]): string {
	return `| ${cells.join(' | ')} |`;
}

/** A ten-step bar of the score, so the dimension table reads like a chart in plain text too. */
function bar(score: number | null): string {
	if (score === null) return '';
	const filled = Math.round(score / 10);
	return '■'.repeat(filled) + '□'.repeat(10 - filled);
}

function figureValue(figure: ReportFigure, model: ReportModel): string {
	const value = escapeMarkdown(figure.valueText);
	return figure.formula ? `${value} ${escapeMarkdown(model.text.derived(figure.formula))}` : value;
}

function evidenceLine(figure: ReportFigure, model: ReportModel): string {
	const t = model.text;
	const mark = figure.isYourAnswer ? ` ${escapeMarkdown(t.yourAnswerMark)}` : '';
	return (
		`- ${escapeMarkdown(figure.chart)} — ` +
		`${escapeMarkdown(t.shareLine(figure.segment, figure.answer, figure.valueText, figure.nText))}` +
		(figure.formula ? ` ${escapeMarkdown(t.derived(figure.formula))}` : '') +
		`${mark} — ${escapeMarkdown(figure.sourceText)}`
	);
}

export function reportToMarkdown(model: ReportModel): string {
	const t = model.text;
	const out: string[] = [];
	const blank = () => out.push('');

	out.push(`# ${escapeMarkdown(model.title)}`);
	blank();
	out.push(escapeMarkdown(model.subtitle));
	blank();
	out.push(`- ${escapeMarkdown(t.createdOn(model.dateText))}`);
	out.push(`- ${escapeMarkdown(t.questionSetVersion(model.questionSet))}`);
	out.push(`- ${escapeMarkdown(model.benchmarkText)}`);
	blank();

	out.push(`## ${escapeMarkdown(t.overallHeading)}`);
	blank();
	out.push(
		`**${escapeMarkdown(t.scoreOutOf(model.overall.scoreText))}** — ${escapeMarkdown(model.overall.levelText)}`
	);
	blank();
	out.push(`## ${escapeMarkdown(t.patternHeading)}`);
	blank();
	out.push(
		`**${escapeMarkdown(model.pattern.percentText)}** — ${escapeMarkdown(model.pattern.summary)}`
	);
	blank();

	out.push(`## ${escapeMarkdown(t.dimensionsHeading)}`);
	blank();
	out.push(row([t.dimensionColumn, t.scoreColumn, t.levelColumn, t.barColumn].map(escapeCell)));
	out.push(row(['---', '---:', '---', '---']));
	for (const dimension of model.dimensions) {
		out.push(
			row([
				escapeCell(dimension.title),
				escapeCell(dimension.scoreText),
				escapeCell(dimension.levelText),
				bar(dimension.score) || '—'
			])
		);
	}
	blank();

	out.push(`## ${escapeMarkdown(t.recommendationsHeading)}`);
	blank();
	if (model.recommendations.length === 0) {
		out.push(escapeMarkdown(t.noRecommendations));
		blank();
	}
	for (const item of model.recommendations) {
		out.push(`### ${item.rank}. ${escapeMarkdown(item.title)}`);
		blank();
		out.push(`- ${escapeMarkdown(item.gainText)}`);
		out.push(`- ${escapeMarkdown(t.relatedQuestion(item.question))}`);
		blank();
		out.push(`**${escapeMarkdown(t.whyHeading)}**`);
		blank();
		out.push(escapeMarkdown(item.why));
		blank();
		out.push(`**${escapeMarkdown(t.evidenceHeading)}**`);
		blank();
		for (const figure of item.evidence) out.push(evidenceLine(figure, model));
		blank();
		out.push(`**${escapeMarkdown(t.stepsHeading)}**`);
		blank();
		item.steps.forEach((step, index) => out.push(`${index + 1}. ${escapeMarkdown(step)}`));
		blank();
	}

	out.push(`## ${escapeMarkdown(t.answersHeading)}`);
	blank();
	out.push(escapeMarkdown(t.answersLead));
	blank();
	for (const group of model.questions) {
		out.push(`### ${escapeMarkdown(group.title)}`);
		blank();
		for (const question of group.questions) {
			out.push(`#### ${escapeMarkdown(question.text)}`);
			blank();
			out.push(
				`${escapeMarkdown(t.yourAnswer + t.colon.trim())} **${escapeMarkdown(question.answerText)}**`
			);
			blank();
			if (question.shares.length === 0) {
				out.push(escapeMarkdown(t.noBenchmark));
				blank();
				continue;
			}
			out.push(
				row(
					[t.shareAnswerColumn, t.segmentColumn, t.shareColumn, t.nColumn, t.sourceColumn].map(
						escapeCell
					)
				)
			);
			out.push(row(['---', '---', '---:', '---:', '---']));
			for (const figure of question.shares) {
				const answer =
					escapeCell(figure.answer) +
					(figure.isYourAnswer ? ` ${escapeMarkdown(t.yourAnswerMark)}` : '');
				const segment =
					escapeCell(figure.segment) +
					(figure.isYourSegment ? escapeMarkdown(t.yourSegmentMark) : '');
				out.push(
					row([
						answer,
						segment,
						figureValue(figure, model),
						escapeCell(figure.nText),
						escapeCell(figure.sourceText)
					])
				);
			}
			blank();
		}
	}

	out.push(`## ${escapeMarkdown(t.methodologyHeading)}`);
	blank();
	for (const paragraph of model.methodology) {
		out.push(escapeMarkdown(paragraph));
		blank();
	}
	out.push(`### ${escapeMarkdown(t.sourcesHeading)}`);
	blank();
	for (const source of model.sources) {
		out.push(`#### ${escapeMarkdown(source.title)}`);
		blank();
		out.push(`- ${escapeMarkdown(t.publisherLabel)}: ${escapeMarkdown(source.publisher)}`);
		out.push(`- ${escapeMarkdown(t.yearLabel)}: ${source.year}`);
		out.push(`- ${escapeMarkdown(t.fieldworkLabel)}: ${escapeMarkdown(source.fieldwork)}`);
		out.push(`- ${escapeMarkdown(t.populationLabel)}: ${escapeMarkdown(source.population)}`);
		if (source.segments.length) {
			out.push(`- ${escapeMarkdown(t.segmentsLabel)}:`);
			for (const segment of source.segments) {
				out.push(`  - ${escapeMarkdown(segment.label)} (${escapeMarkdown(segment.nText)})`);
			}
		}
		if (source.caveats.length) {
			out.push(`- ${escapeMarkdown(t.caveatsLabel)}:`);
			for (const caveat of source.caveats) out.push(`  - ${escapeMarkdown(caveat)}`);
		}
		blank();
	}
	return out.join('\n');
}
