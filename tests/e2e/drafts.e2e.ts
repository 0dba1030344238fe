import { expect, test } from '@playwright/test';
import { userReload } from './support/service-worker';
import { expectNoAxeViolations } from './support/a11y';
import {
	endSession,
	expectSaved,
	markers,
	pin,
	startSession,
	typeMarkers
} from './support/session';

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
		await endSession(page);
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

test('the session pages are axe clean: new session, resume, continue at home', async ({ page }) => {
	await page.goto('/phien-moi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bắt đầu phiên mới');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(page.getByText('Mã PIN phải gồm 4 đến 6 chữ số')).toBeVisible();
	await expectNoAxeViolations(page);
	await startSession(page, {
		keepOnDevice: true,
		uploadForHome: true,
		procedureSlug: 'dang-ky-khai-sinh'
	});
	await typeMarkers(page);
	await expectSaved(page);
	await page.getByRole('button', { name: 'Tiếp tục tại nhà' }).click();
	await expectNoAxeViolations(page);
	await endSession(page);
	await page.goto('/tiep-tuc');
	await page.getByRole('button', { name: /Mở hồ sơ Đăng ký khai sinh/ }).click();
	await expectNoAxeViolations(page);
});
