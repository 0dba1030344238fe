import { expect, test, type Page } from '@playwright/test';
import { startSession } from './support/session';

const invalidText = 'Ô này có ký tự không hợp lệ (ký tự điều khiển hoặc ký tự ẩn).';

/** A paste as the browser delivers it, with the text on the clipboard event. */
async function paste(page: Page, selector: string, text: string): Promise<void> {
	await page.locator(selector).focus();
	await page.locator(selector).evaluate((element, value) => {
		const data = new DataTransfer();
		data.setData('text/plain', value);
		element.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	}, text);
}

test.describe('text hygiene in the wizard (issue 14)', () => {
	test('refuses a control character at the field and cleans a pasted zero-width space', async ({
		page
	}) => {
		await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
		const name = '#f-requester-person-fullName';
		const street = '#f-contact-address-street';

		// Typed (or pasted) with a control character: refused at the field, in Vietnamese.
		await page.locator(name).fill('Nguyễn\u0001Thị Lan');
		await page.getByRole('button', { name: 'Tiếp tục' }).click();
		await expect(page.locator(`${name}-error`)).toContainText(invalidText);

		// Pasted with a zero-width space and NBSP: cleaned as it arrives, and accepted.
		await page.locator(name).fill('');
		await paste(page, name, 'Nguyễn\u200B Thị\u00A0Lan');
		await expect(page.locator(name)).toHaveValue('Nguyễn Thị Lan');
		await page.getByLabel('Ngày, tháng, năm sinh').fill('14/03/1995');
		await page.getByLabel('Số định danh cá nhân (số căn cước)').fill('001195004321');
		await page.getByRole('radio', { name: 'Nữ' }).check();
		await page.getByLabel('Quan hệ').selectOption({ index: 1 });
		await page.getByLabel('Số điện thoại di động').fill('0912345678');
		await page.getByRole('button', { name: 'Tiếp tục' }).click();
		await expect(page.locator(`${name}-error`)).toHaveCount(0);

		// The address, on the next step: the same rule in a block's part.
		await page.locator('#f-contact-address-provinceCode').selectOption('01');
		await paste(page, street, 'Số 12\u200B ngõ\u00A045\u0007');
		await page.getByRole('button', { name: 'Tiếp tục' }).click();
		await expect(page.locator(street)).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator(`${street}-error`)).toContainText(invalidText);
		await page.locator(street).fill('');
		await paste(page, street, '\uFEFFSố 12\u200B ngõ 45');
		await expect(page.locator(street)).toHaveValue('Số 12 ngõ 45');
		await page.getByRole('button', { name: 'Tiếp tục' }).click();
		await expect(page.locator(`${street}-error`)).toHaveCount(0);
		await expect(page.getByText(invalidText)).toHaveCount(0);
	});
});
