import { error } from '@sveltejs/kit';
import { getProcedureBySlug } from '$lib/domain/procedures/registry';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const definition = getProcedureBySlug(params.slug);
	if (!definition) error(404, 'not_found');
	return { definition };
};
