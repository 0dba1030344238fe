import { preferences } from '$lib/client/state/preferences.svelte';
import { loadConsoleMessages } from '$lib/i18n/translate';

// The login form's texts are staff texts: they load with the page, off the citizen's first load.
export const load = () => loadConsoleMessages(preferences.locale);
