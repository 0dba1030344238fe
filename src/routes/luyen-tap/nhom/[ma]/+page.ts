import { preferences } from '$lib/client/state/preferences.svelte';
import { loadConsoleMessages } from '$lib/i18n/translate';

// The practice texts load with the practice pages (off the first route).
export const load = () => loadConsoleMessages(preferences.locale);
