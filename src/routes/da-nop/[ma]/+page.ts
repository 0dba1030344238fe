import { preferences } from '$lib/client/state/preferences.svelte';
import { loadConsoleMessages } from '$lib/i18n/translate';

// "Việc tiếp theo" and the end of the session: their texts load with this page, not the first.
export const load = () => loadConsoleMessages(preferences.locale);
