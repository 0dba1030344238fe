import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { createAppServer } from './support/app-server';
import { tabTo } from './support/keyboard';
import { prepareLoginLocks } from './support/locked-account';

const password = 'own-server'; // createAppServer's seed password

async function loginPage(browser: Browser, baseURL: string): Promise<Page> {
	const context = await browser.newContext({
		baseURL,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh'
	});
	const page = await context.newPage();
	await page.goto('/dang-nhap');
	return page;
}

async function logIn(page: Page, username: string, pw: string): Promise<void> {
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(pw);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

// Issue 14, item 5: guesses from many addresses lock the account; the manager lifts the lock.
test('a locked volunteer is told who to ask; the manager unlocks by keyboard; the volunteer logs in', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const server = await createAppServer({}, (dataDir) =>
		prepareLoginLocks(dataDir, { locked: 'tnv.demo', waiting: 'canbo.demo' })
	);
	try {
		const volunteer = await loginPage(browser, server.url);
		// Only the right password learns of the lock (a wrong one: server spec).
		await logIn(volunteer, 'tnv.demo', password);
		await expect(volunteer.locator('#password-error')).toHaveText(
			'Tài khoản này đang bị khoá vì có quá nhiều lần nhập sai mật khẩu. Hãy nhờ quản lý điểm hoặc quản trị viên mở khoá, rồi đăng nhập lại.'
		);
		await expectNoAxeViolations(volunteer);

		// An account in its wait is told how long, in words.
		const officer = await loginPage(browser, server.url);
		await logIn(officer, 'canbo.demo', password);
		await expect(officer.locator('#password-error')).toHaveText(
			/^Mật khẩu của tài khoản này đã bị nhập sai nhiều lần liên tiếp\. Hãy chờ [78] phút rồi thử lại\.$/
		);

		const manager = await loginPage(browser, server.url);
		await logIn(manager, 'quanly.demo', password);
		await expect(manager.getByText('Đã đăng nhập:')).toBeVisible();
		await manager.goto('/quan-ly/tai-khoan');
		const row = manager.getByRole('row', { name: /Tình nguyện viên \(mẫu\)/ });
		await expect(row).toContainText('Đã khoá do nhập sai mật khẩu');
		await expectNoAxeViolations(manager);

		await tabTo(manager, { text: 'Mở khoá' });
		await manager.keyboard.press('Enter');
		const done = manager.getByRole('status').filter({ hasText: 'Đã mở khoá tài khoản' });
		await expect(done).toHaveText(
			'Đã mở khoá tài khoản của Tình nguyện viên (mẫu). Người này đăng nhập lại được bằng mật khẩu của mình.'
		);
		await expect(done).toBeFocused();
		await expect(row).toContainText('Đang hoạt động');
		await expect(row.getByRole('button', { name: 'Mở khoá' })).toHaveCount(0);

		// The access log says who was locked and who unlocked whom.
		await manager.goto('/quan-ly/nhat-ky-truy-cap');
		const unlocked = manager.getByTestId('audit-row').filter({ hasText: 'Mở khoá tài khoản' });
		await expect(unlocked).toContainText('Quản lý điểm (mẫu)');
		await expect(unlocked).toContainText('Tình nguyện viên (mẫu)');

		await logIn(volunteer, 'tnv.demo', password);
		await expect(
			volunteer.getByText('Đã đăng nhập: Tình nguyện viên (mẫu) (tình nguyện viên)')
		).toBeVisible();
	} finally {
		await server.dispose();
	}
});
