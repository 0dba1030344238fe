import { preferences } from '$lib/client/state/preferences.svelte';
import { loadConsoleMessages } from '$lib/i18n/translate';

// The console's texts load with its pages, never with the citizen's first load.
export const load = () => loadConsoleMessages(preferences.locale);
