import { expect, test } from '@playwright/test';
import { userReload, waitForServiceWorkerControl } from './support/service-worker';

test.describe('offline', () => {
	test('after the service worker is active, a reload with the network off still shows the app', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitForServiceWorkerControl(page);
		await context.setOffline(true);
		await userReload(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ông/Bà muốn làm gì hôm nay?');
		await expect(page.getByRole('status', { name: 'Trạng thái kết nối' })).toHaveText(
			'Đang ngoại tuyến'
		);

		// A page never visited before opens offline too: every route is the precached shell.
		await page.goto('/tra-cuu');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tra cứu hồ sơ');

		await context.setOffline(false);
		await expect(page.getByRole('status', { name: 'Trạng thái kết nối' })).toHaveText('Đã đồng bộ');
	});

	test('the API is never answered from a cache', async ({ page, context }) => {
		await page.goto('/');
		await waitForServiceWorkerControl(page);
		await context.setOffline(true);
		const failed = await page.evaluate(() =>
			fetch('/api/trpc/system.health').then(
				() => false,
				() => true
			)
		);
		expect(failed).toBe(true);
	});
});
