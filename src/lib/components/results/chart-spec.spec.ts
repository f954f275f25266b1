import { describe, expect, it } from 'vitest';
import { radarValueOffset, VALUE_BOX_HEIGHT } from './chart-spec';

const UP = -Math.PI / 2;
const RIGHT = 0;
/** The five axes of the dimensions chart, from the top, clockwise. */
const FIVE_AXES = Array.from({ length: 5 }, (_, index) => (Math.PI * 2 * index) / 5 + UP);

/** The label box, centred `offset` from a point at the origin along `angle`. */
function box(angle: number, offset: number, width: number) {
	const x = Math.cos(angle) * offset;
	const y = Math.sin(angle) * offset;
	return {
		left: x - width / 2,
		right: x + width / 2,
		top: y - VALUE_BOX_HEIGHT / 2,
		bottom: y + VALUE_BOX_HEIGHT / 2
	};
}

describe('radarValueOffset', () => {
	it('puts the value outside the point while it fits before the rim, inside near the rim', () => {
		expect(radarValueOffset(UP, 30, 100)).toBeGreaterThan(0);
		expect(radarValueOffset(UP, 30, 10)).toBeLessThan(0);
		// At 100 (no room at all) on every axis.
		for (const angle of FIVE_AXES) expect(radarValueOffset(angle, 40, 0)).toBeLessThan(0);
	});

	it('goes further along a level axis for a wider label, so the box clears the point', () => {
		expect(radarValueOffset(RIGHT, 60, 500)).toBeGreaterThan(radarValueOffset(RIGHT, 20, 500));
		// On an upright axis the width does not matter, the box's height does.
		expect(radarValueOffset(UP, 60, 500)).toBeCloseTo(radarValueOffset(UP, 20, 500), 9);
	});

	it('never covers the point (a 5 px marker) and, outside, stays before the rim', () => {
		for (const angle of FIVE_AXES) {
			for (const width of [20, 36, 52]) {
				for (const toRim of [0, 20, 40, 80, 160]) {
					const offset = radarValueOffset(angle, width, toRim);
					const { left, right, top, bottom } = box(angle, offset, width);
					const coversPoint = left < 5 && right > -5 && top < 5 && bottom > -5;
					expect(coversPoint, `angle ${angle}, width ${width}, room ${toRim}`).toBe(false);
					if (offset > 0) {
						// The far side of the box along the axis is within the room to the rim.
						const far = Math.max(
							...[
								[left, top],
								[right, top],
								[left, bottom],
								[right, bottom]
							].map(([x, y]) => x! * Math.cos(angle) + y! * Math.sin(angle))
						);
						expect(far).toBeLessThanOrEqual(toRim);
					}
				}
			}
		}
	});
});
