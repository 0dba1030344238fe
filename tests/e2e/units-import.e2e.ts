import { expect, test } from '@playwright/test';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { startSession } from './support/session';
import { walkSteps } from './support/wizard';
import { birthRegistration } from '../../src/testing/procedures/catalogue';

// Cà Mau (96) only: the list imported over the shipped one retires Cà Mau's other communes,
// and other tests choose Hà Nội's from the shipped list.
const csv = 'Mã,Tên,Mã tỉnh,Cấp\n99961,Thử Nghiệm Một,96,Xã\n99962,Thử Nghiệm Hai,96,Phường\n';

test.describe('administrative units', () => {
	test('an administrator imports a CSV list, idempotently; the address field then offers it', async ({
		page
	}) => {
		await page.goto('/quan-tri/don-vi-hanh-chinh');
		await expect(page.getByText('Chỉ tài khoản quản trị mới nhập được danh mục.')).toBeVisible();

		await page.goto('/dang-nhap');
		await page.getByLabel('Tên đăng nhập').fill('quantri.demo');
		await page.getByLabel('Mật khẩu').fill(seedPassword);
		await page.getByRole('button', { name: 'Đăng nhập' }).click();
		await page
			.getByRole('navigation', { name: 'Trang của cán bộ' })
			.getByRole('link', { name: 'Nhập danh mục đơn vị hành chính' })
			.click();
		await expectNoAxeViolations(page);

		const file = { name: 'ca-mau.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
		await page.getByLabel('Tệp danh mục (JSON hoặc CSV)').setInputFiles(file);
		await page.getByLabel('Ngày có hiệu lực (không bắt buộc)').fill('2026-07-25');
		await page.getByRole('button', { name: 'Nhập danh mục' }).click();
		const report = page.getByRole('status').filter({ hasText: 'Đã nhập danh mục' });
		await expect(report).toContainText('Xã, phường, đặc khu: thêm 2');
		await page.getByRole('button', { name: 'Nhập danh mục' }).click();
		await expect(report).toContainText('thêm 0, cập nhật 0, giữ nguyên 2');

		await page
			.getByLabel('Tệp danh mục (JSON hoặc CSV)')
			.setInputFiles({ ...file, buffer: Buffer.from('ten\nA\n') });
		await page.getByRole('button', { name: 'Nhập danh mục' }).click();
		await expect(page.getByRole('alert')).toContainText('Thiếu cột');

		await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
		await walkSteps(page, birthRegistration, 1); // the address is on the second step
		await page.getByLabel('Tỉnh, thành phố').selectOption('96');
		const commune = page.getByLabel('Xã, phường, đặc khu');
		// Sorted by name, as a citizen scans them.
		await expect(commune.getByRole('option')).toHaveText([
			'— Chọn —',
			'Phường Thử Nghiệm Hai',
			'Xã Thử Nghiệm Một'
		]);
	});
});
