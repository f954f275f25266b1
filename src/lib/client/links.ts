/** Links into the questionnaire, typed as resolved paths so every href goes through resolve(). */
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { DimensionId } from '$lib/domain/schema';

export function dimensionHref(dimension: DimensionId): ResolvedPathname {
	return resolve('/q/[dimension]', { dimension });
}

/** The question's page, scrolled to the question; the page moves focus to it on arrival. */
export function questionHref(dimension: DimensionId, questionId: string): ResolvedPathname {
	return `${dimensionHref(dimension)}#${encodeURIComponent(questionId)}` as ResolvedPathname;
}

/**
 * The results page belongs to a later issue; until its route exists, resolve('/results') does not
 * type-check, so the path is built from the resolved root instead. A function, not a constant:
 * during server rendering the root is relative to the page being rendered.
 */
export function resultsHref(): ResolvedPathname {
	return `${resolve('/')}results` as ResolvedPathname;
}
