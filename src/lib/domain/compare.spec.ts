import content from 'virtual:content';
import { describe, expect, it } from 'vitest';
import { fullAnswers, minimalAnswers } from '../../../tests/helpers/answers.ts';
import { change, compareResults } from './compare.ts';
import { score } from './scoring.ts';

describe('change', () => {
	it('is current minus previous, to one decimal', () => {
		expect(change(40, 52.5)).toEqual({ previous: 40, current: 52.5, delta: 12.5 });
		expect(change(52.5, 40)).toEqual({ previous: 52.5, current: 40, delta: -12.5 });
		expect(change(33.3, 33.3)).toEqual({ previous: 33.3, current: 33.3, delta: 0 });
	});

	it('rounds both sides before subtracting, so the delta matches the shown numbers', () => {
		// 0.1 + 0.2 style noise never leaks into the delta.
		expect(change(10.04, 10.26)).toEqual({ previous: 10, current: 10.3, delta: 0.3 });
		expect(change(0.1 + 0.2, 0.3).delta).toBe(0);
		expect(Object.is(change(5.04, 5).delta, 0)).toBe(true);
	});

	it('has no delta when a side has no score', () => {
		expect(change(null, 50)).toEqual({ previous: null, current: 50, delta: null });
		expect(change(50, null)).toEqual({ previous: 50, current: null, delta: null });
	});
});

describe('compareResults', () => {
	const low = score(content, minimalAnswers);
	const high = score(content, fullAnswers);

	it('shows the change overall, in the pattern match and per scored dimension', () => {
		const comparison = compareResults(low, high);
		expect(comparison.overall).toEqual(change(low.overall.score, high.overall.score));
		expect(comparison.overall.delta).toBeGreaterThan(0);
		expect(comparison.pattern.delta).toBeGreaterThan(0);
		expect(comparison.dimensions.map((dimension) => dimension.id)).toEqual(
			high.dimensions.map((dimension) => dimension.id)
		);
		for (const dimension of comparison.dimensions) {
			const before = low.dimensions.find((item) => item.id === dimension.id)!.score;
			const after = high.dimensions.find((item) => item.id === dimension.id)!.score;
			expect(dimension).toMatchObject(change(before, after));
		}
	});

	it('is the negative the other way round, and zero against itself', () => {
		const forward = compareResults(low, high);
		const backward = compareResults(high, low);
		expect(backward.overall.delta).toBe(-forward.overall.delta!);
		forward.dimensions.forEach((dimension, index) =>
			expect(backward.dimensions[index]!.delta).toBe(
				dimension.delta === null ? null : -dimension.delta || 0
			)
		);
		const same = compareResults(high, high);
		expect([same.overall, same.pattern, ...same.dimensions].every((item) => item.delta === 0)).toBe(
			true
		);
	});

	it('has no delta for a dimension the earlier answers left empty', () => {
		const partial = score(content, { business_model: 'saas', touch_model: 'built' });
		const comparison = compareResults(partial, high);
		const phases = comparison.dimensions.find((dimension) => dimension.id === 'phases')!;
		expect(phases.previous).toBeNull();
		expect(phases.delta).toBeNull();
		expect(phases.current).not.toBeNull();
	});
});
