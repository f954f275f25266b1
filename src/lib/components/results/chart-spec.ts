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
	tickText: (value: number) => string;
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
