import { expect, test } from '@playwright/test';
import { seedPassword } from '../playwright.config';

test.describe('staff login', () => {
	test('a volunteer logs in and out; a wrong password gets a clear sentence', async ({ page }) => {
		await page.goto('/dang-nhap');
		await page.getByLabel('Tên đăng nhập').fill('tnv.demo');
		await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect(page.getByText('Tên đăng nhập hoặc mật khẩu chưa đúng.')).toBeVisible();

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
});
