import { error } from '@sveltejs/kit';
import { practiceCase } from '$lib/domain/practice/practice-cases';
import { getProcedure } from '$lib/domain/procedures/registry';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => {
	const found = practiceCase(params.ma);
	const definition = found && getProcedure(found.procedureId);
	if (!found || !definition) error(404, 'not_found');
	return { practiceCase: found, definition };
};
