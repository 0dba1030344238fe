import { expect, test, type Page } from '@playwright/test';
import { civilStatusExtractCopy } from '../../src/testing/procedures/catalogue';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { tabTo } from './support/keyboard';
import { endButton, pin } from './support/session';
import { waitForServiceWorkerControl } from './support/service-worker';
import { completeWizardByKeyboard } from './support/wizard';

const phoneLast4 = '5678'; // the sample cases' phone, 0912345678

/**
 * Issue 20: the citizen agrees to email and SMS separately at the session's consent screen (a
 * malformed number refused there), the look-up shows both on, and one is withdrawn there with
 * the same code and digits; the look-up then shows it off.
 */
test('consents per channel at the session start, withdrawn at the look-up', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await waitForServiceWorkerControl(page);
	await page.goto(`/phien-moi?thu-tuc=${civilStatusExtractCopy.slug}`);
	await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
	await page.getByLabel('Nhập lại mã PIN').fill(pin);
	await page.getByLabel('Gửi thư điện tử (email) cho tôi khi hồ sơ có thay đổi.').check();
	await page.getByLabel('Địa chỉ email nhận tin (không bắt buộc)').fill('lan.nguyen@example.vn');
	await page.getByLabel('Nhắn tin SMS cho tôi khi hồ sơ có thay đổi.').check();
	const sms = page.getByLabel('Số điện thoại nhận tin nhắn (không bắt buộc)');
	await sms.fill('0912 345');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(page.getByText('Số điện thoại chưa đúng.')).toBeVisible();
	await expect(sms).toBeFocused();
	await expect(sms).toHaveAccessibleDescription(/Số điện thoại chưa đúng/);
	await expectNoAxeViolations(page);
	// Left empty: the application's own phone number is used.
	await sms.fill('');
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(endButton(page)).toBeVisible();

	await completeWizardByKeyboard(page, civilStatusExtractCopy);
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	const codeText = page.getByTestId('dossier-code');
	await expect(codeText).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/);
	const code = (await codeText.textContent())!.trim();

	await lookUp(page, code);
	const consents = page.getByTestId('contact-consents');
	await expect(consents.getByRole('heading', { name: 'Nhận tin về hồ sơ' })).toBeVisible();
	const email = consents.locator('li[data-channel="email"]');
	const text = consents.locator('li[data-channel="sms"]');
	await expect(email).toContainText('Thư điện tử (l•••@example.vn): đang nhận');
	await expect(text).toContainText('Tin nhắn SMS (•••••• 5678): đang nhận');
	await expectNoAxeViolations(page);

	await consents.getByRole('button', { name: 'Thôi nhận tin nhắn SMS' }).click();
	await expect(consents.getByRole('status')).toHaveText(/Đã thôi nhận/);
	await expect(text.getByTestId('contact-state')).toHaveText('đã thôi nhận');
	await expect(consents.getByRole('button', { name: 'Thôi nhận tin nhắn SMS' })).toHaveCount(0);

	// A fresh look-up says the same: the withdrawal is the server's, not the page's.
	await page.reload();
	await lookUp(page, code);
	await expect(text.getByTestId('contact-state')).toHaveText('đã thôi nhận');
	await expect(email.getByTestId('contact-state')).toHaveText('đang nhận');

	// The officer's dossier page says which channels the citizen still wants.
	const staff = await browser.newContext();
	try {
		const officer = await staff.newPage();
		await officer.goto('/dang-nhap');
		await officer.getByLabel('Tên đăng nhập').fill('canbo.demo');
		await officer.getByLabel('Mật khẩu').fill(seedPassword);
		await officer.getByRole('button', { name: 'Đăng nhập' }).click();
		await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cần xử lý');
		await officer.goto(`/can-bo/ho-so/${encodeURIComponent(code)}`);
		const messages = officer.getByTestId('dossier-messages');
		await expect(messages.getByRole('heading', { name: 'Tin nhắn cho người dân' })).toBeVisible();
		await expect(messages).toContainText('Thư điện tử (đang nhận)');
		await expect(messages).toContainText('SMS (đã thôi nhận)');
	} finally {
		await staff.close();
	}
});

async function lookUp(page: Page, code: string) {
	await page.goto(`/tra-cuu?ma=${encodeURIComponent(code)}`);
	await page.getByLabel('4 số cuối số điện thoại').fill(phoneLast4);
	await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
	await expect(page.getByTestId('dossier-code')).toHaveText(code);
}

/**
 * The administrator's texts by keyboard: an unknown placeholder refused at its field, naming it;
 * a good text saved; the shipped text put back (the server is shared with other journeys).
 */
test('an administrator edits a message text by keyboard; an unknown placeholder is refused', async ({
	page
}) => {
	test.setTimeout(60_000);
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill('quantri.demo');
	await page.getByLabel('Mật khẩu').fill(seedPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await page
		.getByRole('navigation', { name: 'Trang của cán bộ' })
		.getByRole('link', { name: 'Tin nhắn cho người dân' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tin nhắn cho người dân');
	const body = page.locator('#tpl-received-sms-body');
	await expect(body).toHaveValue(/\{maHoSo\}/);
	await expectNoAxeViolations(page);

	await tabTo(page, { id: 'tpl-received-sms-body' });
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('Ho so {maHoSo} cua {hoTen} da nhan. Xem {lienKetTraCuu}');
	await tabTo(page, { text: 'Lưu nội dung' });
	await page.keyboard.press('Enter');
	await expect(page.locator('#tpl-received-sms-body-error')).toHaveText(
		/Không có chỗ điền \{hoTen\} cho tin này/
	);
	await expect(body).toBeFocused();
	await expect(body).toHaveAccessibleDescription(/Không có chỗ điền \{hoTen\}/);
	await expectNoAxeViolations(page);

	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('Da nhan ho so {maHoSo}. Xem {lienKetTraCuu}');
	await tabTo(page, { text: 'Lưu nội dung' });
	await page.keyboard.press('Enter');
	const form = page.locator('form', { has: body });
	await expect(form.getByRole('status')).toHaveText(/Đã lưu/);
	await page.reload();
	await expect(page.locator('#tpl-received-sms-body')).toHaveValue(
		'Da nhan ho so {maHoSo}. Xem {lienKetTraCuu}'
	);

	await tabTo(page, { text: 'Dùng lại nội dung mặc định' });
	await page.keyboard.press('Enter');
	await expect(
		page.locator('form', { has: page.locator('#tpl-received-sms-body') }).getByRole('status')
	).toHaveText(/Đã dùng lại nội dung mặc định/);
	await expect(page.locator('#tpl-received-sms-body')).toHaveValue(/hen tra \{hanTra\}/);
});
