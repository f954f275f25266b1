/**
 * chart.js for the results page, tree-shaken: only the controllers, elements and scales the two
 * chart kinds use are registered (no Tooltip, no Legend: every chart has a text summary, an HTML
 * legend and a data table instead). Loaded with a dynamic import from ResultsChart.svelte, so
 * no other page downloads chart.js.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	LineElement,
	PointElement,
	RadarController,
	RadialLinearScale,
	type ChartConfiguration,
	type Plugin
} from 'chart.js';
import { wrapLabel } from '$lib/domain/results-view';
import {
	labelMax,
	radarValueOffset,
	seriesStyle,
	VALUE_BOX_HEIGHT,
	type BarChartSpec,
	type ChartSpec,
	type PatternName,
	type RadarChartSpec
} from './chart-spec';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	LinearScale,
	RadarController,
	RadialLinearScale,
	PointElement,
	LineElement
);

export interface DrawOptions {
	/** The CSS font family to draw with (from fontFor in src/lib/fonts.ts). */
	family: string;
	locale: 'ja' | 'en';
	/** Narrow container (phones): shorter label lines. */
	narrow: boolean;
}

const TEXT = '#1a1a1a';
const MUTED = '#4a4f57';
const GRID = '#c4cad3';
const MARK_FILL = '#fff3cc';
const MARK_LINE = '#8a6d00';

/** A fill for a series: plain colour, or the colour with white stripes or dots over it. */
function fill(color: string, pattern: PatternName): string | CanvasPattern {
	if (pattern === 'solid') return color;
	const tile = document.createElement('canvas');
	tile.width = 8;
	tile.height = 8;
	const context = tile.getContext('2d');
	if (!context) return color;
	context.fillStyle = color;
	context.fillRect(0, 0, 8, 8);
	context.strokeStyle = 'rgba(255, 255, 255, 0.85)';
	context.fillStyle = 'rgba(255, 255, 255, 0.85)';
	if (pattern === 'stripes') {
		context.lineWidth = 2;
		context.beginPath();
		context.moveTo(-2, 10);
		context.lineTo(10, -2);
		context.moveTo(-2, 2);
		context.lineTo(2, -2);
		context.moveTo(6, 10);
		context.lineTo(10, 6);
		context.stroke();
	} else {
		context.beginPath();
		context.arc(4, 4, 1.6, 0, Math.PI * 2);
		context.fill();
	}
	return context.createPattern(tile, 'repeat') ?? color;
}

/** A hatch of thin diagonal lines, marking the user's answer (with the text label). */
function hatch(): string | CanvasPattern {
	const tile = document.createElement('canvas');
	tile.width = 10;
	tile.height = 10;
	const context = tile.getContext('2d');
	if (!context) return MARK_FILL;
	context.fillStyle = MARK_FILL;
	context.fillRect(0, 0, 10, 10);
	context.strokeStyle = MARK_LINE;
	context.globalAlpha = 0.35;
	context.lineWidth = 1;
	context.beginPath();
	context.moveTo(0, 10);
	context.lineTo(10, 0);
	context.stroke();
	return context.createPattern(tile, 'repeat') ?? MARK_FILL;
}

/** A white box with the text on it, so a label reads over bars, grid and patterns alike. */
function boxedText(
	context: CanvasRenderingContext2D,
	text: string,
	x: number,
	y: number,
	font: string,
	align: 'left' | 'right' | 'center' = 'left'
) {
	context.save();
	context.font = font;
	const width = context.measureText(text).width;
	const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
	context.fillStyle = 'rgba(255, 255, 255, 0.92)';
	context.fillRect(left - 2, y - VALUE_BOX_HEIGHT / 2, width + 4, VALUE_BOX_HEIGHT);
	context.fillStyle = TEXT;
	context.textBaseline = 'middle';
	context.textAlign = 'left';
	context.fillText(text, left, y);
	context.restore();
}

function barConfig(spec: BarChartSpec, options: DrawOptions): ChartConfiguration<'bar'> {
	const max = labelMax('bar', options.locale, options.narrow);
	const labels = spec.categories.map((category) => {
		const lines = wrapLabel(category.label, options.locale, max);
		return category.isYourAnswer ? [`▶ ${spec.yourAnswerText}`, ...lines] : lines;
	});
	const font = (size: number, weight = 400) => `${weight} ${size}px ${options.family}`;

	const yourAnswerRows: Plugin<'bar'> = {
		id: 'yourAnswerRows',
		// Before the scales, so the axis labels are drawn over the marked row.
		beforeDraw(chart) {
			const scale = chart.scales.y;
			if (!scale) return;
			const { ctx, chartArea } = chart;
			const count = spec.categories.length;
			const step =
				count > 1
					? Math.abs(scale.getPixelForValue(1) - scale.getPixelForValue(0))
					: chartArea.bottom - chartArea.top;
			spec.categories.forEach((category, index) => {
				if (!category.isYourAnswer) return;
				const middle = scale.getPixelForValue(index);
				const top = middle - step / 2;
				ctx.save();
				ctx.fillStyle = MARK_FILL;
				ctx.fillRect(0, top, chartArea.left, step);
				ctx.fillStyle = hatch();
				ctx.fillRect(chartArea.left, top, chartArea.right - chartArea.left, step);
				ctx.fillStyle = TEXT;
				ctx.fillRect(0, top, 4, step);
				ctx.restore();
			});
		}
	};

	const valueLabels: Plugin<'bar'> = {
		id: 'valueLabels',
		afterDatasetsDraw(chart) {
			const { ctx, chartArea } = chart;
			spec.series.forEach((series, datasetIndex) => {
				const meta = chart.getDatasetMeta(datasetIndex);
				meta.data.forEach((element, index) => {
					const text = series.texts[index];
					if (!text) return;
					const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
					ctx.save();
					ctx.font = font(12);
					const width = ctx.measureText(text).width;
					ctx.restore();
					const outside = x + 6 + width <= chartArea.right + 4;
					boxedText(ctx, text, outside ? x + 6 : x - 6, y, font(12), outside ? 'left' : 'right');
				});
			});
		}
	};

	return {
		type: 'bar',
		data: {
			labels,
			datasets: spec.series.map((series) => {
				const style = seriesStyle(series.role, series.otherIndex);
				return {
					label: series.label,
					data: series.values,
					backgroundColor: fill(style.color, style.pattern),
					borderColor: series.isYourSegment ? TEXT : style.color,
					borderWidth: series.isYourSegment ? 3 : 1,
					categoryPercentage: 0.86,
					barPercentage: 0.92,
					maxBarThickness: 22
				};
			})
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			events: [],
			layout: { padding: { right: 8, left: 8 } },
			scales: {
				x: {
					min: 0,
					max: 100,
					ticks: {
						stepSize: options.narrow ? 25 : 20,
						maxRotation: 0,
						color: MUTED,
						font: { family: options.family, size: 11 },
						callback: (value) => spec.tickText(Number(value))
					},
					grid: { color: GRID },
					border: { color: MUTED }
				},
				y: {
					ticks: {
						autoSkip: false,
						color: TEXT,
						font: (context) => ({
							family: options.family,
							size: 12,
							weight: spec.categories[context.index]?.isYourAnswer ? 700 : 400
						})
					},
					grid: { display: false },
					border: { color: MUTED }
				}
			},
			plugins: { legend: { display: false }, tooltip: { enabled: false } }
		},
		plugins: [yourAnswerRows, valueLabels]
	};
}

function radarConfig(spec: RadarChartSpec, options: DrawOptions): ChartConfiguration<'radar'> {
	const max = labelMax('radar', options.locale, options.narrow);
	const pointValues: Plugin<'radar'> = {
		id: 'pointValues',
		afterDatasetsDraw(chart) {
			const font = `700 12px ${options.family}`;
			chart.ctx.save();
			chart.ctx.font = font;
			chart.getDatasetMeta(0).data.forEach((element, index) => {
				const value = spec.values[index];
				// Near the centre the labels would pile up; the table beside the chart has them all.
				if (value === null || value === undefined || value < 10) return;
				const text = spec.valueText(value);
				const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
				const angle = (Math.PI * 2 * index) / spec.values.length - Math.PI / 2;
				const boxWidth = chart.ctx.measureText(text).width + 4;
				const toRim = (chart.scales.r as RadialLinearScale).drawingArea * (1 - value / 100);
				const distance = radarValueOffset(angle, boxWidth, toRim);
				boxedText(
					chart.ctx,
					text,
					x + Math.cos(angle) * distance,
					y + Math.sin(angle) * distance,
					font,
					'center'
				);
			});
			chart.ctx.restore();
		}
	};
	// The area inside the line. chart.js draws it with its Filler plugin (`fill: true`), which
	// handles every kind of fill in about 2.5 KB (gzip); one polygon is drawn here instead.
	const areaFill: Plugin<'radar'> = {
		id: 'areaFill',
		beforeDatasetsDraw(chart) {
			// The line skips an area without a score (spanGaps), and so does the fill.
			const points = chart
				.getDatasetMeta(0)
				.data.filter((_, index) => spec.values[index] !== null)
				.map((element) => element.getProps(['x', 'y'], true) as { x: number; y: number });
			if (points.length < 3) return;
			const { ctx } = chart;
			ctx.save();
			ctx.beginPath();
			for (const { x, y } of points) ctx.lineTo(x, y);
			ctx.closePath();
			ctx.fillStyle = 'rgba(11, 92, 171, 0.18)';
			ctx.fill();
			ctx.restore();
		}
	};
	return {
		type: 'radar',
		data: {
			labels: spec.labels.map((label) => wrapLabel(label, options.locale, max)),
			datasets: [
				{
					label: spec.datasetLabel,
					data: spec.values,
					borderColor: '#0b5cab',
					borderWidth: 2,
					pointBackgroundColor: '#0b5cab',
					pointBorderColor: '#ffffff',
					pointRadius: 4,
					spanGaps: true
				}
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			events: [],
			layout: { padding: 4 },
			scales: {
				r: {
					min: 0,
					max: 100,
					beginAtZero: true,
					// The rings stay, 20 points apart, without numbers: chart.js writes them up the first
					// axis, where that area's point and its value sat on top of them. Each point from 10
					// up has its value, and the table beside the chart has them all.
					ticks: { stepSize: 20, display: false },
					pointLabels: {
						color: TEXT,
						font: { family: options.family, size: options.narrow ? 11 : 13 }
					},
					grid: { color: GRID },
					angleLines: { color: GRID }
				}
			},
			plugins: { legend: { display: false }, tooltip: { enabled: false } }
		},
		plugins: [areaFill, pointValues]
	};
}

/** Every text a chart draws, so that a web font can be loaded for it first. */
export function chartText(spec: ChartSpec): string {
	return spec.kind === 'bar'
		? [
				spec.yourAnswerText,
				...spec.categories.map((c) => c.label),
				...spec.series.flatMap((s) => s.texts)
			].join('')
		: [...spec.labels, spec.valueText(100)].join('');
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, options: DrawOptions): Chart {
	Chart.defaults.font.family = options.family;
	Chart.defaults.color = TEXT;
	const config = spec.kind === 'bar' ? barConfig(spec, options) : radarConfig(spec, options);
	return new Chart(canvas, config as ChartConfiguration);
}
