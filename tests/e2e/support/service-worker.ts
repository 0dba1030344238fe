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
