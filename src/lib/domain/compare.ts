/**
 * The comparison with an earlier result (「前回比」): the change of the overall maturity, of the
 * pattern match and of each dimension, in points. Pure TypeScript.
 *
 * Both sides should be scored by the same engine and question set (the earlier answers are
 * re-scored, not read from the file), so a difference is a change in the answers only.
 */
import type { DimensionId, LocalizedText } from './schema.ts';
import type { ScoreResult } from './scoring.ts';

export interface Change {
	previous: number | null;
	current: number | null;
	/** current − previous, to one decimal; null when either side has no score. */
	delta: number | null;
}

export interface DimensionChange extends Change {
	id: DimensionId;
	title: LocalizedText;
}

export interface Comparison {
	overall: Change;
	/** The pattern match with effect-felt companies, in percent. */
	pattern: Change;
	dimensions: DimensionChange[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

export function change(previous: number | null, current: number | null): Change {
	const p = previous === null ? null : round1(previous);
	const c = current === null ? null : round1(current);
	// Rounded first, so the shown delta always equals the difference of the shown numbers.
	const delta = p === null || c === null ? null : round1(c - p);
	return { previous: p, current: c, delta: delta === 0 ? 0 : delta };
}

export function compareResults(previous: ScoreResult, current: ScoreResult): Comparison {
	const earlier = new Map(previous.dimensions.map((dimension) => [dimension.id, dimension]));
	return {
		overall: change(previous.overall.score, current.overall.score),
		pattern: change(previous.pattern.percent, current.pattern.percent),
		dimensions: current.dimensions.map((dimension) => ({
			id: dimension.id,
			title: dimension.title,
			...change(earlier.get(dimension.id)?.score ?? null, dimension.score)
		}))
	};
}
