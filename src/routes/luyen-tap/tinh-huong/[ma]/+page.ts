import { error } from '@sveltejs/kit';
import { practiceCase } from '$lib/domain/practice/practice-cases';
import { catalogueForPage } from '$lib/client/procedures/catalogue-page';
import { preferences } from '$lib/client/state/preferences.svelte';
import { loadConsoleMessages } from '$lib/i18n/translate';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
	const [catalogue] = await Promise.all([
		catalogueForPage(),
		loadConsoleMessages(preferences.locale)
	]);
	const found = practiceCase(catalogue.procedures(), params.ma);
	const definition = found && catalogue.get(found.procedureId);
	if (!found || !definition) error(404, 'not_found');
	return { practiceCase: found, definition };
};
