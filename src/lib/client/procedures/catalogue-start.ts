/** The first page has the line to itself for this long before the catalogue is asked for. */
const START_DELAY_MS = 5_000;

/**
 * On app start: once the first page is idle, ask the server whether the procedure catalogue
 * changed (and fetch it on a device that has none), so that a PC which only showed the home
 * page still finds the catalogue there when the line drops. Dexie and the tRPC client load
 * then, not with the first route.
 */
export function refreshCatalogueWhenIdle(): void {
	setTimeout(() => {
		const run = () =>
			void import('./device-catalogue.svelte')
				.then(({ deviceCatalogue }) => deviceCatalogue.refreshOnStart())
				.catch(() => undefined);
		if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 10_000 });
		else run();
	}, START_DELAY_MS);
}
