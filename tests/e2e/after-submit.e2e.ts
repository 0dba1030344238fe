import { expect, test, type Page } from '@playwright/test';
import { birthRegistration } from '../../src/testing/procedures/catalogue';
import { samplePhone } from '../../src/testing/procedures/sample-data';
import { visibleSteps } from '../../src/lib/domain/procedures/validate-application';
import { viConsole } from '../../src/lib/i18n/vi-console';
import { printAndCapture } from './support/pdf';
import { endButton, startSession } from './support/session';
import { bodyFontSize, expectLargeChoices } from './support/targets';
import { fillStep } from './support/wizard';

const steps = visibleSteps(birthRegistration, birthRegistration.sampleCase!);

/** Fills every step from the sample case; `onStep` looks at each one once it is filled. */
async function fillAll(page: Page, onStep?: (index: number) => Promise<void>) {
	for (let i = 0; i < steps.length; i++) {
		await fillStep(page, birthRegistration, i);
		await onStep?.(i);
		await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
	}
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra lại thông tin');
}

test.describe('issue 19: elderly eyes and hands, and what happens after "Nộp hồ sơ"', () => {
	test('at a desk PC the text is 19 px and every box with its label is at least 24 × 24; after printing, the session ends by itself', async ({
		page
	}) => {
		test.setTimeout(60_000);
		// The page's clock, so that the minute before the automatic end can be skipped.
		await page.clock.install();
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto('/phien-moi');
		// The page renders in the browser: measure once its five consent boxes are there (keep on
		// this PC, continue at home, phone calls, and messages by email and by SMS).
		await expect(page.getByRole('checkbox')).toHaveCount(5);
		expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(19);
		expect(await expectLargeChoices(page, 'new session')).toBe(5);
		// Clicking the words ticks the box: the label is part of the target.
		await page.getByText('Cho phép cơ quan giải quyết gọi hoặc nhắn tin').click();
		await expect(page.getByLabel(/Cho phép cơ quan giải quyết gọi/)).toBeChecked();

		await startSession(page, { procedureSlug: birthRegistration.slug });
		let seen = 0;
		await fillAll(page, async (i) => {
			seen += await expectLargeChoices(page, `step ${i + 1}`);
		});
		expect(seen, 'radios and checkboxes met on the way').toBeGreaterThan(2);
		await expectLargeChoices(page, 'check page');

		// A phone keeps 16 px.
		await page.setViewportSize({ width: 390, height: 800 });
		expect(await bodyFontSize(page)).toBe(16);

		// Printed, then left alone: the countdown runs out and the session ends.
		await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
		await expect(page.getByTestId('dossier-code')).toBeVisible({ timeout: 30_000 });
		await printAndCapture(page);
		await expect(page.getByTestId('session-countdown')).toBeVisible();
		await page.clock.fastForward('01:01');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ông/Bà muốn làm gì hôm nay?');
		await expect(endButton(page)).toHaveCount(0);
	});

	test('after "Nộp hồ sơ": the code, the date, how the result comes back, the phone digits, a countdown after printing, and "Kết thúc phiên"', async ({
		page
	}) => {
		test.setTimeout(60_000);
		// Without consent to upload, the wizard shows no "Tiếp tục tại nhà" box at all.
		await startSession(page, { procedureSlug: birthRegistration.slug });
		await expect(page.getByRole('heading', { name: 'Tiếp tục tại nhà' })).toHaveCount(0);
		await fillAll(page);
		await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
		await expect(page.getByTestId('dossier-code')).toBeVisible({ timeout: 30_000 });
		const code = (await page.getByTestId('dossier-code').textContent())!.trim();

		const next = page.getByRole('region', { name: 'Việc tiếp theo' });
		await expect(next).toContainText(code);
		await expect(next).toContainText('Ngày nộp');
		const method = birthRegistration.sampleCase!.delivery!.method as 'desk' | 'post' | 'online';
		await expect(next.getByTestId('next-delivery')).toHaveText(
			viConsole[`next.delivery.${method}`]
		);
		const last4 = samplePhone.slice(-4);
		await expect(next.getByTestId('next-phone')).toContainText(`••• ••• ${last4}`);
		await expect(next).toContainText(`Hãy nhớ 4 số cuối ${last4}`);
		await expect(page.getByRole('main')).not.toContainText(samplePhone);
		// The paper is this PC's setting, not a question to the citizen.
		await expect(page.getByRole('radio')).toHaveCount(0);
		await expect(page.getByText('Máy tính này dùng chung.')).toBeVisible();

		// Printed: the session will end by itself, said once to screen readers, and can be stopped.
		expect(await printAndCapture(page)).toContain(code);
		const countdown = page.getByTestId('session-countdown');
		await expect(countdown).toHaveText(/Phiên sẽ tự kết thúc sau (60|59|58) giây/);
		await expect(
			page.getByRole('status').filter({ hasText: 'Phiên sẽ tự kết thúc sau 60 giây.' })
		).toHaveCount(1);
		await expect(countdown).not.toHaveText(/sau 60 giây/);
		await page.getByRole('button', { name: 'Chưa, tôi cần thêm thời gian' }).click();
		await expect(countdown).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'Đã dừng đếm ngược' })).toHaveCount(1);

		// The large "Kết thúc phiên" on the page ends the session like the header's.
		await page.getByRole('main').getByRole('button', { name: 'Kết thúc phiên' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ông/Bà muốn làm gì hôm nay?');
		await expect(endButton(page)).toHaveCount(0);
	});
});
