import { expect, test } from '@playwright/test';
import { practiceCases } from '../../src/testing/procedures/catalogue';
import { userReload, waitForServiceWorkerControl } from './support/service-worker';
import { endSession, expectSaved, markers, pin } from './support/session';

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

	test('after a first visit, the catalogue, a procedure page, the wizard and practice work with the network off', async ({
		page,
		context
	}) => {
		// The first visit, online: the device keeps the server's catalogue.
		await page.goto('/thu-tuc');
		await expect(page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true })).toBeVisible();
		await waitForServiceWorkerControl(page);
		await context.setOffline(true);

		await userReload(page);
		await page.getByLabel('Tìm thủ tục').fill('ket hon');
		await page.getByRole('link', { name: 'Đăng ký kết hôn', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký kết hôn');

		await page.goto('/thu-tuc/dang-ky-khai-sinh');
		await page.getByRole('link', { name: 'Bắt đầu' }).click();
		await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
		await page.getByLabel('Nhập lại mã PIN').fill(pin);
		await page.getByRole('button', { name: 'Bắt đầu' }).click();
		await page.getByLabel('Họ, chữ đệm và tên').fill(markers.name);
		await expectSaved(page);
		await endSession(page);

		const practice = practiceCases[0]!;
		await page.goto('/luyen-tap');
		await page.getByRole('link', { name: practice.goal.vi }).click();
		await expect(page.getByRole('note').filter({ hasText: 'LUYỆN TẬP' })).toBeVisible();
		await expect(page.getByText(/^Bước 1\//)).toBeVisible();
	});

	test('a device that never reached the server says so in a plain sentence', async ({ page }) => {
		await page.route(/\/api\/trpc\/[^?]*procedures\.catalogue/, (route) => route.abort());
		await page.goto('/thu-tuc');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Có lỗi xảy ra');
		await expect(
			page.getByText('Máy này chưa có danh sách thủ tục', { exact: false })
		).toBeVisible();
	});
});
