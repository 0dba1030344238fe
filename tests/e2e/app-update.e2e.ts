import { expect, test } from '@playwright/test';
import { waitForServiceWorkerControl } from './support/service-worker';

test.describe('new version of the app', () => {
	test('a waiting version shows a calm banner, and reloads only when the user chooses', async ({
		page
	}) => {
		await page.goto('/');
		await waitForServiceWorkerControl(page);
		const firstScript = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

		// A deploy, as the browser sees it: a different worker script for the same scope.
		await page.evaluate(() => navigator.serviceWorker.register('/service-worker.js?deploy=2'));
		const banner = page.getByRole('region', { name: 'Có phiên bản mới' });
		await expect(banner).toBeVisible();

		// Nothing happens by itself: the page keeps the old worker until the user acts.
		await page.waitForTimeout(1000);
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
			firstScript
		);

		await Promise.all([
			page.waitForEvent('load'),
			banner.getByRole('button', { name: 'Tải lại để cập nhật' }).click()
		]);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect
			.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL))
			.toContain('deploy=2');
		await expect(page.getByRole('region', { name: 'Có phiên bản mới' })).toHaveCount(0);
	});

	test('"Để sau" hides the banner and keeps the page as it is', async ({ page }) => {
		await page.goto('/');
		await waitForServiceWorkerControl(page);
		await page.evaluate(() => navigator.serviceWorker.register('/service-worker.js?deploy=3'));
		const banner = page.getByRole('region', { name: 'Có phiên bản mới' });
		await banner.getByRole('button', { name: 'Để sau' }).click();
		await expect(banner).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ông/Bà muốn làm gì hôm nay?');
	});
});
