import { expect, test } from '@playwright/test';
import { birthRegistration } from '../../src/testing/procedures/catalogue';
import { formatAdministrativeDate } from '../../src/lib/domain/text/administrative-date';
import { expectNoAxeViolations } from './support/a11y';
import { tabTo } from './support/keyboard';
import { completeWizardByKeyboard } from './support/wizard';
import { printAndCapture } from './support/pdf';
import { pin, startSession } from './support/session';

test.describe('birth registration, step by step', () => {
	test('is completed with the keyboard alone, every step axe clean, to the check page', async ({
		page
	}) => {
		// Keyboard only, axe on every step, then the submission, its sync and the receipt.
		test.setTimeout(90_000);
		await page.goto('/thu-tuc');
		await page.keyboard.press('Tab'); // skip link
		await tabTo(page, { id: 'catalog-query' });
		await page.keyboard.type('khai sinh');
		await tabTo(page, { text: 'Đăng ký khai sinh' });
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai sinh');
		await tabTo(page, { text: 'Bắt đầu' });
		await page.keyboard.press('Enter');

		// The wizard asks for a session first: a PIN, typed twice, then Enter.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bắt đầu phiên mới');
		await tabTo(page, { id: 'pin' });
		await page.keyboard.type(pin);
		await tabTo(page, { id: 'pin-again' });
		await page.keyboard.type(pin);
		await page.keyboard.press('Enter');

		await completeWizardByKeyboard(page, birthRegistration, async () => {
			await expectNoAxeViolations(page);
		});
		await expect(page.getByText('Trần Minh Khôi')).toBeVisible();
		await expect(page.getByText('giay-to.jpg')).toBeVisible();
		await expectNoAxeViolations(page);

		await tabTo(page, { text: 'Nộp hồ sơ' });
		await page.keyboard.press('Enter');
		// Online: queued, then sent at once with its photo; the ward's code and due date come back.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ đã nộp');
		await expect(page.getByTestId('dossier-code')).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/);
		await expect(page.getByTestId('dossier-status')).toContainText('Đã tiếp nhận');
		await expect(page.getByTestId('dossier-due-date')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
		await expect(page.getByRole('status', { name: 'Trạng thái kết nối' })).toHaveText('Đã đồng bộ');
		await expectNoAxeViolations(page);

		// The receipt carries the ward's code and the applicant, in Vietnamese with its diacritics.
		const code = (await page.getByTestId('dossier-code').textContent())!.trim();
		const receipt = await printAndCapture(page);
		expect(receipt).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
		expect(receipt).toContain(code);
		expect(receipt).toContain('Đăng ký khai sinh');
		expect(receipt).toContain('Nguyễn Thị Lan');
		// The server's due date, in the administrative form.
		const [day, month, year] = (await page.getByTestId('dossier-due-date').textContent())!
			.trim()
			.split('/');
		expect(receipt).toContain(formatAdministrativeDate(`${year}-${month}-${day}`));
	});

	test('an invalid ID number is fixed from the error summary', async ({ page }) => {
		await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
		const id = page.getByLabel('Số định danh cá nhân (số căn cước)');
		await page.getByLabel('Họ, chữ đệm và tên').fill('Nguyễn Thị Lan');
		await page.getByLabel('Ngày, tháng, năm sinh').fill('14/03/1995');
		await id.fill('001095004321'); // digit 4 says a man born in the 1900s
		await page.getByRole('radio', { name: 'Nữ' }).check();
		await page.getByLabel('Quan hệ').selectOption({ index: 1 });
		await page.getByLabel('Số điện thoại di động').fill('0912345678');
		await page.getByRole('button', { name: 'Tiếp tục' }).click();

		const summary = page.getByRole('alert');
		await expect(summary).toBeFocused();
		await expect(summary.getByRole('heading')).toHaveText(/Có 1 chỗ cần sửa/);
		await expectNoAxeViolations(page);
		const link = summary.getByRole('link');
		await expect(link).toContainText('Số định danh cá nhân');
		await link.press('Enter');
		await expect(id).toBeFocused();
		await expect(id).toHaveAttribute('aria-invalid', 'true');
		await page.keyboard.press('ControlOrMeta+a');
		await page.keyboard.type('001195004321');
		await page.keyboard.press('Enter');
		// Where the requester lives comes on a page of its own (issue 19: one thing per page).
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơi cư trú và thư điện tử');
		await expect(page.getByText('Bước 2/7')).toBeVisible();

		// Back keeps what was typed.
		await page.getByRole('button', { name: 'Quay lại' }).click();
		await expect(id).toHaveValue('001195004321');
	});

	test('works at 200 % zoom: no sideways scrolling on any step', async ({ page }) => {
		// 200 % zoom of a 1280 px window is a 640 CSS px layout viewport.
		await page.setViewportSize({ width: 640, height: 900 });
		await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
		const overflow = () =>
			page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
		await completeWizardByKeyboard(page, birthRegistration, async (index) => {
			expect(await overflow(), `step ${index + 1}`).toBeLessThanOrEqual(0);
		});
		expect(await overflow(), 'check page').toBeLessThanOrEqual(0);
	});
});

test('an empty step gives one message per empty box, each naming it and linked to it', async ({
	page
}) => {
	await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	const links = summary.getByRole('link');
	await expect(links).toHaveText([
		'Nhập họ, chữ đệm và tên của người yêu cầu.',
		'Nhập ngày, tháng, năm sinh của người yêu cầu.',
		'Nhập số định danh cá nhân của người yêu cầu.',
		'Chọn giới tính của người yêu cầu.',
		'Chọn quan hệ của người yêu cầu.',
		'Nhập số điện thoại di động.'
	]);
	await expectNoAxeViolations(page);
	// Each link leads to its own box, which says the same at the box and is marked invalid.
	for (let i = 0; i < 6; i++) {
		const link = links.nth(i);
		const id = (await link.getAttribute('href'))!.slice(1);
		await link.click();
		await expect(page.locator(`[id="${id}"]`)).toBeFocused();
		await expect(page.locator(`[id="${id}-error"]`)).toContainText(
			(await link.textContent())!.trim()
		);
	}
	await expect(page.getByLabel('Họ, chữ đệm và tên')).toHaveAttribute('aria-invalid', 'true');
});
