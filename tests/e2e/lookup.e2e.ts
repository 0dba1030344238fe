import { expect, test, type Page } from '@playwright/test';
import { civilStatusExtractCopy } from '../../src/testing/procedures/catalogue';
import { expectNoAxeViolations } from './support/a11y';
import { startSession } from './support/session';
import {
	userReload,
	waitForProcedureCatalogue,
	waitForServiceWorkerControl
} from './support/service-worker';
import { completeWizardByKeyboard } from './support/wizard';
import { tabTo } from './support/keyboard';

const phoneLast4 = '5678'; // the sample cases' phone, 0912345678

/** Submits the procedure's sample case through the wizard; returns the code the ward gave. */
async function submitSample(page: Page): Promise<string> {
	await startSession(page, { procedureSlug: civilStatusExtractCopy.slug });
	await completeWizardByKeyboard(page, civilStatusExtractCopy);
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	const code = page.getByTestId('dossier-code');
	await expect(code).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/);
	return (await code.textContent())!.trim();
}

test.describe('Tra cứu hồ sơ', () => {
	test.describe.configure({ timeout: 90_000 });

	test('a scanner types the code and Enter; the timeline shows; offline it comes from the device', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitForServiceWorkerControl(page);
		const code = await submitSample(page);

		await page.goto('/tra-cuu');
		const codeField = page.getByLabel('Mã hồ sơ');
		await expect(codeField).toBeFocused();
		// A USB barcode scanner is a keyboard: the code, lower-case here, then Enter.
		await page.keyboard.type(code.toLowerCase());
		await page.keyboard.press('Enter');
		const phoneField = page.getByLabel('4 số cuối số điện thoại');
		await expect(phoneField).toBeFocused();
		await page.keyboard.type(phoneLast4);
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('dossier-code')).toHaveText(code);
		await expect(page.getByTestId('dossier-status')).toContainText('Đã tiếp nhận');
		await expect(page.getByTestId('dossier-due-date')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
		await expect(page.getByRole('heading', { name: 'Các bước đã qua' })).toBeVisible();
		await expect(page.getByTestId('from-device')).toHaveCount(0);
		await expectNoAxeViolations(page);

		// Wrong digits: the same answer as an unknown code, said next to the form.
		await phoneField.fill('0000');
		await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
		await expect(page.getByRole('alert')).toContainText('Không tìm thấy hồ sơ');

		await context.setOffline(true);
		await userReload(page);
		await page.getByLabel('Mã hồ sơ').fill(code);
		await page.getByLabel('4 số cuối số điện thoại').fill(phoneLast4);
		await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
		await expect(page.getByTestId('from-device')).toContainText('lần cuối, lúc');
		await expect(page.getByTestId('dossier-status')).toContainText('Đã tiếp nhận');
		await expect(page.getByTestId('dossier-code')).toHaveText(code);

		// Offline, the device shows nothing for a wrong proof either.
		await page.getByLabel('4 số cuối số điện thoại').fill('1111');
		await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
		await expect(page.getByRole('alert')).toContainText('không được nộp từ máy này');
	});

	test('offline, a dossier submitted by keyboard waits with its reference, then gets its code', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitForServiceWorkerControl(page);
		await waitForProcedureCatalogue(page);
		await context.setOffline(true);
		await startSession(page, { procedureSlug: civilStatusExtractCopy.slug });
		await completeWizardByKeyboard(page, civilStatusExtractCopy);
		await tabTo(page, { text: 'Nộp hồ sơ' });
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ đã nộp');
		await expect(page.getByTestId('pending-mark')).toHaveText('Chờ gửi');
		await expect(page.getByTestId('local-reference')).toHaveText(/^CG-\d{6}-[0-9A-Z]{5}$/);
		await expect(page.getByRole('status', { name: 'Trạng thái kết nối' })).toContainText(
			'Đang ngoại tuyến · Chờ gửi: 1 hồ sơ'
		);

		await context.setOffline(false);
		await page.evaluate(() => window.dispatchEvent(new Event('online')));
		await expect(page.getByTestId('dossier-code')).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/, {
			timeout: 30_000
		});
		await expect(page.getByRole('status', { name: 'Trạng thái kết nối' })).toHaveText('Đã đồng bộ');
	});

	test('says what is wrong with the code, next to the field', async ({ page }) => {
		await page.goto('/tra-cuu');
		await page.getByLabel('Mã hồ sơ').fill('abc');
		await page.getByLabel('4 số cuối số điện thoại').fill('1234');
		await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
		await expect(page.getByText('Mã hồ sơ chưa đúng dạng.')).toBeVisible();
		await expect(page.getByLabel('Mã hồ sơ')).toBeFocused();
	});
});
