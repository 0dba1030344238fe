import { expect, test } from '@playwright/test';
import { seedPassword } from '../playwright.config';
import { startSession } from './support/session';
import {
	userReload,
	waitForProcedureCatalogue,
	waitForServiceWorkerControl
} from './support/service-worker';

test.describe('staff login', () => {
	test('a volunteer logs in and out; a wrong password gets a clear sentence', async ({ page }) => {
		await page.goto('/dang-nhap');
		await page.getByLabel('Tên đăng nhập').fill('tnv.demo');
		await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect(page.locator('#password-error')).toHaveText(
			'Tên đăng nhập hoặc mật khẩu chưa đúng. Hãy kiểm tra và nhập lại.'
		);

		await page.getByLabel('Mật khẩu').fill(seedPassword);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect(
			page.getByText('Đã đăng nhập: Tình nguyện viên (mẫu) (tình nguyện viên)')
		).toBeVisible();
		const cookie = (await page.context().cookies()).find((c) => c.name === 'cl_session');
		expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });

		await page.reload();
		await expect(page.getByText('Đã đăng nhập:')).toBeVisible();
		await page.getByRole('button', { name: 'Đăng xuất' }).click();
		await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
	});

	test('after one online login, the volunteer unlocks offline and can coach', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitForServiceWorkerControl(page);
		await waitForProcedureCatalogue(page);
		await page.goto('/dang-nhap');
		await page.getByLabel('Tên đăng nhập').fill('tnv.demo');
		await page.getByLabel('Mật khẩu').fill(seedPassword);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect(page.getByText('Đã đăng nhập:')).toBeVisible();

		// The login took the volunteer to their start page: come back to log in offline.
		await page.goto('/dang-nhap');
		await context.setOffline(true);
		await userReload(page);
		await page.getByLabel('Tên đăng nhập').fill('tnv.demo');
		await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect(page.locator('#password-error')).toHaveText('Mật khẩu chưa đúng. Hãy nhập lại.');
		await page.getByLabel('Mật khẩu').fill(seedPassword);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect(page.getByText('Đã mở khoá khi ngoại tuyến')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Hướng dẫn người dân' })).toHaveAttribute(
			'href',
			'/phien-moi?huong-dan=1'
		);

		// Offline, the wizard offers coaching mode with the unlocked volunteer.
		await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
		await page.getByRole('button', { name: 'Chế độ hướng dẫn' }).click();
		await expect(
			page.getByRole('complementary', { name: 'Hướng dẫn của tình nguyện viên' })
		).toContainText('Tình nguyện viên (mẫu)');
	});
});
