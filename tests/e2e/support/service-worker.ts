import type { Page } from '@playwright/test';

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
