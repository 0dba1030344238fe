import { catalogueForPage } from '$lib/client/procedures/catalogue-page';
import { preferences } from '$lib/client/state/preferences.svelte';
import { loadConsoleMessages } from '$lib/i18n/translate';
import type { PageLoad } from './$types';

// The practice texts load with the practice pages (off the first route).
export const load: PageLoad = async () => {
	const [catalogue] = await Promise.all([
		catalogueForPage(),
		loadConsoleMessages(preferences.locale)
	]);
	return { catalogue };
};
