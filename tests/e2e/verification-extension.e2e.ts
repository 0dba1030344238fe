import { expect, test, type Page } from '@playwright/test';
import { defaultDaysOff } from '../../src/lib/domain/calendar/holidays';
import { addWorkingDays, createWorkingCalendar } from '../../src/lib/domain/calendar/working-days';
import { getProcedureBySlug } from '../../src/testing/procedures/catalogue';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { startSession } from './support/session';
import { completeWizardByKeyboard } from './support/wizard';

/** Confirmation of residence: 1 working day, 3 when verification is needed. */
const confirmation = getProcedureBySlug('xac-nhan-thong-tin-cu-tru')!;
const phoneLast4 = '5678'; // the sample cases' phone, 0912345678

const isoOf = (shown: string) => shown.trim().split('/').reverse().join('-');
const shownOf = (iso: string) => iso.split('-').reverse().join('/');

async function lookUp(page: Page, code: string) {
	await page.goto('/tra-cuu');
	await page.getByLabel('Mã hồ sơ').fill(code);
	await page.getByLabel('4 số cuối số điện thoại').fill(phoneLast4);
	await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
	await expect(page.getByTestId('dossier-code')).toHaveText(code);
}

test('the officer extends a dossier for verification; the look-up shows the new date', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(150_000);
	await startSession(page, { procedureSlug: confirmation.slug });
	await completeWizardByKeyboard(page, confirmation);
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	const codeCell = page.getByTestId('dossier-code');
	await expect(codeCell).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/, { timeout: 30_000 });
	const code = (await codeCell.textContent())!.trim();

	const context = await browser.newContext({
		baseURL,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh'
	});
	const officer = await context.newPage();
	await officer.goto('/dang-nhap');
	await officer.getByLabel('Tên đăng nhập').fill('canbo.demo');
	await officer.getByLabel('Mật khẩu').fill(seedPassword);
	await officer.getByRole('button', { name: 'Đăng nhập' }).click();
	await officer.getByRole('link', { name: code }).click();
	const due = officer.getByTestId('officer-due-date');
	await expect(due).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
	const before = isoOf((await due.textContent())!);
	const section = officer.getByRole('region', { name: 'Gia hạn để xác minh' });
	await expect(section).toContainText('tối đa 2 ngày làm việc');
	await expectNoAxeViolations(officer);

	// A reason is required, said at its field.
	await section.getByLabel('Số ngày làm việc gia hạn').selectOption('2');
	await section.getByLabel('Lý do cần xác minh').fill('ngắn');
	await section.getByRole('button', { name: 'Lưu gia hạn' }).click();
	await expect(section.getByText('Lý do cần từ 10 đến 1000 ký tự.')).toBeVisible();
	await expect(section.getByLabel('Lý do cần xác minh')).toBeFocused();

	await section
		.getByLabel('Lý do cần xác minh')
		.fill('Cần xác minh nơi ở trước đây với công an xã nơi đi.');
	await section.getByRole('button', { name: 'Lưu gia hạn' }).click();
	await expect(officer.getByTestId('officer-outcome')).toContainText('Đã gia hạn để xác minh');
	const year = Number(before.slice(0, 4));
	const calendar = createWorkingCalendar([...defaultDaysOff(year), ...defaultDaysOff(year + 1)]);
	const after = addWorkingDays(before, 2, calendar);
	await expect(due).toHaveText(shownOf(after));
	// Within the allowance: no apology asked, and the allowance is used up.
	await expect(officer.getByRole('heading', { name: /cần thư xin lỗi/ })).toHaveCount(0);
	await expect(section).toContainText('Đã dùng hết số ngày gia hạn cho phép');
	await expectNoAxeViolations(officer);

	await lookUp(page, code);
	await expect(page.getByTestId('dossier-due-date')).toHaveText(shownOf(after));
	await expect(page.getByTestId('timeline')).toContainText('Hồ sơ cần xác minh thêm');
	await expectNoAxeViolations(page);
	await context.close();
});
