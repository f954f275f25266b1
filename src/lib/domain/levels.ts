import type { LocalizedText } from './schema.ts';

/** The five maturity levels, by the lower bound of their 0–100 band. */
export const LEVELS: { level: 1 | 2 | 3 | 4 | 5; from: number; name: LocalizedText }[] = [
	{ level: 1, from: 0, name: { ja: '萌芽期', en: 'Emerging' } },
	{ level: 2, from: 20, name: { ja: '試行期', en: 'Developing' } },
	{ level: 3, from: 40, name: { ja: '定着期', en: 'Established' } },
	{ level: 4, from: 60, name: { ja: '推進期', en: 'Advanced' } },
	{ level: 5, from: 80, name: { ja: '最適化期', en: 'Optimising' } }
];

export type Level = (typeof LEVELS)[number];

export function levelFor(score: number): Level {
	return [...LEVELS].reverse().find((level) => score >= level.from) ?? LEVELS[0]!;
}
