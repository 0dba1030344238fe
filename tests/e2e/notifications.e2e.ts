import { expect, test, type Browser, type Page } from '@playwright/test';
import { civilStatusExtractCopy } from '../../src/testing/procedures/catalogue';
import { smtpSink } from '../../src/testing/server/notification-endpoints';
import { createAppServer } from './support/app-server';
import { endButton, pin } from './support/session';
import { completeWizardByKeyboard } from './support/wizard';

/**
 * Issue 20's acceptance, end to end on a server of the test's own with SMTP_URL set to a real
 * SMTP server in this process: a dossier submitted in the browser with the email consent and
 * accepted by the officer brings one email with its code; one submitted without the consent
 * brings none; and an email consent withdrawn at the look-up stops the messages after it.
 */
test('the officer accepts: one email with the code where the citizen agreed, none where not', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const sink = await smtpSink();
	const server = await createAppServer({
		SMTP_URL: sink.url,
		MAIL_FROM: 'Một cửa phường <motcua@example.vn>'
	});
	try {
		const citizen = await pageOn(browser, server.url);
		const withConsent = await submit(citizen, 'lan.nguyen@example.vn');
		const withoutConsent = await submit(citizen, undefined);
		const officer = await pageOn(browser, server.url);
		await logIn(officer, 'canbo.demo');

		await accept(officer, withConsent);
		await accept(officer, withoutConsent);
		await expect.poll(() => sink.mails.length, { timeout: 60_000 }).toBe(1);
		const [mail] = sink.mails;
		expect(mail!.envelopeTo).toEqual(['lan.nguyen@example.vn']);
		expect(mail!.parsed.subject).toBe(`Hồ sơ ${withConsent} đã được tiếp nhận`);
		expect(mail!.parsed.text).toContain(withConsent);
		expect(mail!.parsed.html).toContain(withConsent);
		// The worker keeps polling: a second email for the same change, or one for the dossier
		// without consent, would have arrived by now.
		await officer.waitForTimeout(3_000);
		expect(sink.mails).toHaveLength(1);
		// The officer sees it delivered, with its one attempt.
		await officer.goto(`/can-bo/ho-so/${encodeURIComponent(withConsent)}`);
		await expect(officer.getByTestId('dossier-messages')).toContainText('Đã gửi');

		// Withdrawn at the look-up: the next change (more papers asked for) sends nothing.
		await citizen.goto(`/tra-cuu?ma=${encodeURIComponent(withConsent)}`);
		await citizen.getByLabel('4 số cuối số điện thoại').fill('5678');
		await citizen.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
		const consents = citizen.getByTestId('contact-consents');
		await consents.getByRole('button', { name: 'Thôi nhận thư điện tử' }).click();
		await expect(consents.getByRole('status')).toHaveText(/Đã thôi nhận/);

		await officer.goto(`/can-bo/ho-so/${encodeURIComponent(withConsent)}`);
		await officer.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
		await officer.getByLabel(/Yêu cầu khác/).fill('Bản sao giấy khai sinh có chứng thực');
		await officer.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
		await expect(officer.getByTestId('officer-status')).toHaveText('Cần bổ sung');
		await officer.waitForTimeout(3_000);
		expect(sink.mails).toHaveLength(1);
	} finally {
		await server.dispose();
		await sink.close();
	}
});

async function pageOn(browser: Browser, baseURL: string): Promise<Page> {
	const context = await browser.newContext({
		baseURL,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh'
	});
	return context.newPage();
}

async function logIn(page: Page, username: string) {
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill('own-server');
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hồ sơ cần xử lý');
}

/** A dossier through the wizard; with an address, the email consent is given for it. */
async function submit(page: Page, email: string | undefined): Promise<string> {
	await page.goto(`/phien-moi?thu-tuc=${civilStatusExtractCopy.slug}`);
	await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
	await page.getByLabel('Nhập lại mã PIN').fill(pin);
	if (email) {
		await page.getByLabel('Gửi thư điện tử (email) cho tôi khi hồ sơ có thay đổi.').check();
		await page.getByLabel('Địa chỉ email nhận tin (không bắt buộc)').fill(email);
	}
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(endButton(page)).toBeVisible();
	await completeWizardByKeyboard(page, civilStatusExtractCopy);
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	const codeText = page.getByTestId('dossier-code');
	await expect(codeText).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/, { timeout: 30_000 });
	const code = (await codeText.textContent())!.trim();
	await endButton(page).click();
	return code;
}

async function accept(officer: Page, code: string) {
	await officer.goto(`/can-bo/ho-so/${encodeURIComponent(code)}`);
	await expect(officer.getByRole('heading', { level: 1 })).toHaveText(`Hồ sơ ${code}`);
	await officer.getByRole('button', { name: 'Tiếp nhận xử lý' }).click();
	await expect(officer.getByTestId('officer-status')).toHaveText('Đang xử lý');
}
