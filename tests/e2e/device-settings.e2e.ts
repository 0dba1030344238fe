import { expect, test } from '@playwright/test';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';

// Issue 19: the receipt's paper is this PC's setting, chosen by staff, never asked of a citizen.
test('staff choose the receipt paper for this PC on "Cài đặt máy này"; a citizen cannot', async ({
	page
}) => {
	await page.goto('/quan-ly/cai-dat-may');
	await expect(page.getByRole('alert')).toHaveText('Hãy đăng nhập để mở trang này.');

	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill('tnv.demo');
	await page.getByLabel('Mật khẩu').fill(seedPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Trang của cán bộ' })
		.getByRole('link', { name: 'Cài đặt máy này' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt máy này');

	await expect(page.getByRole('radio', { name: /^A4/ })).toBeChecked();
	await page.getByText('A5 (nửa tờ A4)').click();
	await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toHaveText(
		'Đã lưu. Biên nhận in từ máy này sẽ dùng khổ A5.'
	);
	await expectNoAxeViolations(page);

	await page.reload();
	await expect(page.getByRole('radio', { name: /^A5/ })).toBeChecked();
});
