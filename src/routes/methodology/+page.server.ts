/**
 * Everything /methodology shows that comes from the content, computed on the server so the page
 * does not ship the whole question bank and benchmark data to the browser.
 */
import content from 'virtual:content';
import {
	contentCounts,
	figureRows,
	levelBands,
	likelihoodRows,
	otherYearEvidence,
	PHASE_OPERATING_FIGURES,
	phaseOperatingCount,
	priorOf,
	recommendationSummaries,
	rubricRows,
	sampleSizes,
	sourceSummaries
} from '$lib/domain/methodology';
import type { PageServerLoad } from './$types';

/** The white paper whose text layer is garbled OCR (see questions/benchmarks/jcsa-2025.yaml). */
const GARBLED_SOURCE = 'jcsa2025';

export const load: PageServerLoad = () => {
	const prior = priorOf(content);
	const likelihood = likelihoodRows(content);
	const sources = sourceSummaries(content);
	const phaseFelt = content.figures[PHASE_OPERATING_FIGURES.felt]!;
	const phaseNotFelt = content.figures[PHASE_OPERATING_FIGURES.notFelt]!;
	const garbled = sources.find((source) => source.id === GARBLED_SOURCE);
	return {
		counts: contentCounts(content),
		contextTitle: content.dimensions.find((dimension) => !dimension.scored)?.title ?? null,
		dimensions: content.dimensions
			.filter((dimension) => dimension.scored)
			.map((dimension) => ({
				id: dimension.id,
				title: dimension.title,
				intro: dimension.intro,
				questions: dimension.questions.length
			})),
		prior,
		likelihood,
		// The worked example: the first answer from the prior's own survey that raises the match.
		example:
			likelihood.find((row) => row.year === prior.year && row.likelihoodRatio > 1) ??
			likelihood[0] ??
			null,
		otherYears: otherYearEvidence(content),
		rubric: rubricRows(content),
		levels: levelBands(),
		figures: figureRows(content),
		sources,
		phaseCheck: {
			source: phaseFelt.source,
			felt: phaseFelt.value,
			notFelt: phaseNotFelt.value,
			sum: phaseOperatingCount(content)
		},
		recommendations: recommendationSummaries(content),
		samples: sampleSizes(content),
		years: [...new Set(sources.map((source) => source.year))].sort((a, b) => a - b),
		garbled: garbled ? { figures: garbled.figures, inPattern: garbled.likelihood > 0 } : null
	};
};
