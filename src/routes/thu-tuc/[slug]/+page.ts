import { error } from '@sveltejs/kit';
import { catalogueForPage } from '$lib/client/procedures/catalogue-page';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const definition = (await catalogueForPage()).bySlug(params.slug);
	if (!definition) error(404, 'not_found');
	return { definition };
};
