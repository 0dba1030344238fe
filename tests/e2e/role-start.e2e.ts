import { expect, test, type Page } from '@playwright/test';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { pin } from './support/session';

const wrongSentence = 'Tên đăng nhập hoặc mật khẩu chưa đúng. Hãy kiểm tra và nhập lại.';

/**
 * Issue 19, item 1: a wrong password is said at the form (summary and field, never the app-wide
 * notice); the right one then clears it and opens the role's start page with its heading focused.
 */
async function logInAfterOneWrongPassword(
	page: Page,
	username: string,
	{ axe = false } = {}
): Promise<void> {
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Chưa đăng nhập được' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link', { name: wrongSentence })).toBeVisible();
	await expect(page.locator('#password-error')).toHaveText(wrongSentence);
	await expect(page.getByLabel('Mật khẩu')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('.notice')).toHaveCount(0);
	if (axe) await expectNoAxeViolations(page);

	await page.getByLabel('Mật khẩu').fill(seedPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

async function expectStartPage(page: Page, path: string, heading: string): Promise<void> {
	await expect(page).toHaveURL(new RegExp(`${path}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	await expect(page.getByRole('navigation', { name: 'Trang của cán bộ' })).toBeVisible();
	await expect(page.getByText('chưa đúng', { exact: false })).toHaveCount(0);
	await expect(page.getByText('Chưa đăng nhập được')).toHaveCount(0);
}

test('volunteer: "Việc hôm nay", then "Hướng dẫn người dân" opens the form already coached', async ({
	page
}) => {
	await logInAfterOneWrongPassword(page, 'tnv.demo', { axe: true });
	await expectStartPage(page, '/tinh-nguyen-vien', 'Việc hôm nay');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.getByText('Đã đăng nhập: Tình nguyện viên (mẫu)')).toBeVisible();
	await expect(
		page
			.getByRole('navigation', { name: 'Trang của cán bộ' })
			.getByRole('link', { name: 'Việc hôm nay' })
	).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('heading', { name: 'Ca trực hôm nay' })).toBeVisible();
	await expect(page.getByText(/^Số phiên hướng dẫn: \d+$/)).toBeVisible();
	await expectNoAxeViolations(page);

	// The home page of this PC knows a volunteer is here, on a shift or not.
	await page.goto('/');
	await expect(page.getByText(/^Tình nguyện viên đang (trực|hỗ trợ tại máy này):/)).toContainText(
		'Tình nguyện viên (mẫu)'
	);
	await expect(page.getByText('Lúc này chưa có tình nguyện viên trực.')).toHaveCount(0);
	await page.goBack();

	await page.getByRole('link', { name: 'Hướng dẫn người dân' }).click();
	// The citizen chooses the PIN, then the procedure.
	await expect(
		page.getByText('Tình nguyện viên sẽ hướng dẫn Ông/Bà từng bước.', { exact: false })
	).toBeVisible();
	await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
	await page.getByLabel('Nhập lại mã PIN').fill(pin);
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai sinh');
	await page.getByRole('link', { name: 'Đăng ký khai sinh', exact: true }).first().click();
	await page.getByRole('link', { name: 'Bắt đầu' }).click();

	await expect(page.getByRole('button', { name: 'Chế độ hướng dẫn' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(
		page.getByRole('complementary', { name: 'Hướng dẫn của tình nguyện viên' })
	).toContainText('Tình nguyện viên (mẫu)');
});

test('manager: "Việc hôm nay" leads to the figures, accounts, shifts and access log', async ({
	page
}) => {
	await logInAfterOneWrongPassword(page, 'quanly.demo');
	await expectStartPage(page, '/quan-ly', 'Việc hôm nay');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	const main = page.getByRole('main');
	for (const name of ['Số liệu', 'Tài khoản tình nguyện viên', 'Ca trực', 'Nhật ký truy cập']) {
		await expect(main.locator('ul.entries').getByRole('link', { name, exact: true })).toBeVisible();
	}
	await expectNoAxeViolations(page);
});

test('officer: the inbox is the start page, its heading focused; a scan still reaches the code field', async ({
	page
}) => {
	await logInAfterOneWrongPassword(page, 'canbo.demo');
	await expectStartPage(page, '/can-bo', 'Hồ sơ cần xử lý');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	// The desk's scanner types the receipt's code as keys, wherever the focus is.
	await page.keyboard.type('G22.99.08-261206-000001');
	const field = page.getByLabel('Mã hồ sơ');
	await expect(field).toBeFocused();
	await expect(field).toHaveValue('G22.99.08-261206-000001');
});

test('administrator: "Việc hôm nay" lists the administration screens', async ({ page }) => {
	// Nothing typed: each field says what it needs; the summary's link leads to the field.
	await page.goto('/dang-nhap');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Chưa đăng nhập được' });
	await expect(summary.getByRole('link')).toHaveText([
		'Hãy nhập tên đăng nhập.',
		'Hãy nhập mật khẩu.'
	]);
	await summary.getByRole('link', { name: 'Hãy nhập tên đăng nhập.' }).click();
	await expect(page.getByLabel('Tên đăng nhập')).toBeFocused();

	await logInAfterOneWrongPassword(page, 'quantri.demo');
	await expectStartPage(page, '/quan-tri', 'Việc hôm nay');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	const screens = page.getByRole('list', { name: 'Các màn hình quản trị' }).getByRole('link');
	await expect(screens).toHaveCount(7);
	await expect(screens.first()).toHaveAttribute('href', '/quan-tri/don-vi-hanh-chinh');
	await expectNoAxeViolations(page);
});
