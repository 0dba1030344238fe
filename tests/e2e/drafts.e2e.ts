import { expect, test } from '@playwright/test';
import { userReload } from './support/service-worker';
import { expectSaved, markers, pin, startSession, typeMarkers } from './support/session';

test.describe('encrypted drafts', () => {
	test('a reload mid-form keeps the input, behind the PIN', async ({ page }) => {
		await startSession(page, { keepOnDevice: true, procedureSlug: 'dang-ky-khai-sinh' });
		await typeMarkers(page);
		await expectSaved(page);
		await userReload(page);

		const pinField = page.getByLabel(/Mã PIN của hồ sơ/);
		await pinField.fill('1111');
		await page.getByRole('button', { name: 'Mở hồ sơ' }).click();
		await expect(page.getByRole('alert')).toHaveText('Mã PIN chưa đúng. Hãy thử lại.');
		await pinField.fill(pin);
		await page.getByRole('button', { name: 'Mở hồ sơ' }).click();
		await expect(page.getByLabel('Họ, chữ đệm và tên')).toHaveValue(markers.name);
		await expect(page.getByLabel('Số định danh cá nhân (số căn cước)')).toHaveValue(
			markers.personalId
		);
		await expect(page.getByLabel('Số điện thoại di động')).toHaveValue(markers.phone);
	});

	test('a draft kept on the PC is reopened from "Tiếp tục hồ sơ đang làm" with its PIN', async ({
		page
	}) => {
		await startSession(page, { keepOnDevice: true, procedureSlug: 'dang-ky-khai-sinh' });
		await typeMarkers(page);
		await expectSaved(page);
		await page.getByRole('button', { name: 'Kết thúc phiên' }).click();
		await page.getByRole('link', { name: 'Tiếp tục hồ sơ đang làm' }).click();
		await page.getByRole('button', { name: /Mở hồ sơ Đăng ký khai sinh của M\. T\. L\./ }).click();
		await page.getByLabel(/Mã PIN của hồ sơ/).fill(pin);
		await page
			.getByRole('region', { name: 'Hồ sơ đã lưu trên máy này' })
			.getByRole('button', { name: 'Mở hồ sơ', exact: true })
			.click();
		await expect(page.getByLabel('Họ, chữ đệm và tên')).toHaveValue(markers.name);
	});
});
