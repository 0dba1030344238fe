import { preferences } from '$lib/client/state/preferences.svelte';
import { loadConsoleMessages } from '$lib/i18n/translate';

// The message consents' texts (issue 20) load with this page, never with the first route.
export const load = () => loadConsoleMessages(preferences.locale);
