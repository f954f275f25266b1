import { error } from '@sveltejs/kit';
import questions from 'virtual:questions';
import type { DimensionId } from '$lib/domain/schema';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const dimension = questions.dimensions.find((candidate) => candidate.id === params.dimension);
	if (!dimension) error(404, 'Not found');
	return { dimensionId: dimension.id satisfies DimensionId };
};
