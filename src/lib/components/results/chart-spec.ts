/**
 * What a results chart draws, as plain data with every text already in the page's language.
 * Only types and constants: chart.js itself is loaded lazily by chart-setup.ts.
 */
export type BarRole = 'felt' | 'notFelt' | 'combined' | 'other';

export interface BarChartSpec {
	kind: 'bar';
	/** One row of bars per answer. */
	categories: { label: string; isYourAnswer: boolean }[];
	/** The marker text put above the user's answer ("あなたの回答"). */
	yourAnswerText: string;
	series: {
		label: string;
		role: BarRole;
		/** Index among the 'other' series, for their colour and pattern. */
		otherIndex: number;
		isYourSegment: boolean;
		values: (number | null)[];
		/** Value texts drawn at the bar ends (formatted, with the derived mark). */
		texts: (string | null)[];
	}[];
	/** Formats axis ticks (0–100). */
	tickText: (value: number) => string;
}

export interface RadarChartSpec {
	kind: 'radar';
	labels: string[];
	values: (number | null)[];
	datasetLabel: string;
	/** Formats the value drawn beside each point (0–100). */
	valueText: (value: number) => string;
}

export type ChartSpec = BarChartSpec | RadarChartSpec;

/** Colours (each at least 4.5:1 against white) and the pattern that goes with them. */
export const SERIES_STYLE = {
	felt: { color: '#0b5cab', pattern: 'solid' },
	notFelt: { color: '#a34a00', pattern: 'stripes' },
	combined: { color: '#4a4f57', pattern: 'dots' },
	other: [
		{ color: '#00695c', pattern: 'solid' },
		{ color: '#6a3d9a', pattern: 'stripes' },
		{ color: '#4a4f57', pattern: 'dots' }
	]
} as const;

export type PatternName = 'solid' | 'stripes' | 'dots';

export function seriesStyle(role: BarRole, otherIndex: number) {
	return role === 'other'
		? SERIES_STYLE.other[otherIndex % SERIES_STYLE.other.length]!
		: SERIES_STYLE[role];
}

/** Longest line of a wrapped axis label, in characters. */
export function labelMax(kind: 'bar' | 'radar', locale: 'ja' | 'en', narrow: boolean): number {
	const table = {
		bar: { ja: [13, 9], en: [24, 16] },
		radar: { ja: [9, 6], en: [16, 12] }
	} as const;
	return table[kind][locale][narrow ? 1 : 0];
}

/** Height of a value label's box on a chart, in pixels. */
export const VALUE_BOX_HEIGHT = 16;
/** Gap between a radar point's centre and the nearest side of its value label. */
const POINT_GAP = 7;

/**
 * Where a radar point's value label goes: its centre's distance from the point along the point's
 * axis, outward (positive) while the label fits before the rim, else inward, so that it never runs
 * into the area's name beyond the rim. `angle` is the axis's angle (radians, canvas orientation),
 * `boxWidth` the label box's width and `toRim` the room between the point and the rim.
 */
export function radarValueOffset(angle: number, boxWidth: number, toRim: number): number {
	// Half the box along this axis (its width on a level axis, its height on an upright one).
	const reach =
		(Math.abs(Math.cos(angle)) * boxWidth) / 2 +
		(Math.abs(Math.sin(angle)) * VALUE_BOX_HEIGHT) / 2 +
		POINT_GAP;
	return toRim >= 2 * reach ? reach : -reach;
}
