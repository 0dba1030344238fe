import { expect, type Page } from '@playwright/test';

/**
 * Waits until an activated service worker controls this page. `ready` can resolve while the
 * worker is still activating (STACK.md trap 8). The predicate must be synchronous:
 * waitForFunction takes a returned Promise as a truthy value and would not wait at all.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
	await page.waitForFunction(
		() => navigator.serviceWorker.controller?.state === 'activated',
		undefined,
		{
			timeout: 20_000
		}
	);
}

/**
 * Reloads as the user's F5 does. Playwright's page.reload() bypasses the service worker like a
 * hard reload, which would test the browser, not the app.
 */
export async function userReload(page: Page): Promise<void> {
	await Promise.all([page.waitForEvent('load'), page.evaluate(() => location.reload())]);
}

/**
 * Waits until the service worker has fetched the printing code (receipt worker, fonts) into its
 * cache, which it does only once the app is idle after load (src/service-worker.ts). The cache is
 * filled with one addAll, so any entry means all of them.
 */
export async function waitForPrintingCache(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(async () => (await (await caches.open('cung-lam-printing')).keys()).length),
			{ timeout: 60_000 }
		)
		.toBeGreaterThan(0);
}

/**
 * Waits until the device holds the procedure catalogue. A page that needs it fetches it at once;
 * any other first page asks for it a few seconds after load (src/routes/+layout.svelte), so a
 * test that goes offline after visiting only such a page waits for it first, as a PC would.
 */
export async function waitForProcedureCatalogue(page: Page): Promise<void> {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					if (!(await indexedDB.databases()).some((d) => d.name === 'cung-lam')) return 0;
					const db = await new Promise<IDBDatabase>((resolve, reject) => {
						const request = indexedDB.open('cung-lam');
						request.onsuccess = () => resolve(request.result);
						request.onerror = () => reject(request.error);
					});
					try {
						if (!db.objectStoreNames.contains('procedures')) return 0;
						return await new Promise<number>((resolve, reject) => {
							const request = db.transaction('procedures').objectStore('procedures').count();
							request.onsuccess = () => resolve(request.result);
							request.onerror = () => reject(request.error);
						});
					} finally {
						db.close();
					}
				}),
			{ timeout: 30_000 }
		)
		.toBeGreaterThan(0);
}
