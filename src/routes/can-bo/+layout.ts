import { deviceCatalogue } from '$lib/client/procedures/device-catalogue.svelte';
import { preferences } from '$lib/client/state/preferences.svelte';
import { loadConsoleMessages } from '$lib/i18n/translate';

// The console's texts load with its pages, never with the citizen's first load; so do the
// procedures' names (without a catalogue, the console shows their ids).
export const load = async () => {
	await Promise.all([
		loadConsoleMessages(preferences.locale),
		deviceCatalogue.ready().catch(() => undefined)
	]);
};
