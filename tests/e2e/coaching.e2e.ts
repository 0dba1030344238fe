import { expect, test, type Page } from '@playwright/test';
import { birthRegistration } from '../../src/testing/procedures/catalogue';
import { visibleSteps } from '../../src/lib/domain/procedures/validate-application';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { tabTo } from './support/keyboard';
import { indexedDbRows } from './support/privacy-scan';
import { endSession, pin, startSession } from './support/session';
import { expectLargeChoices } from './support/targets';
import { fillStep } from './support/wizard';

const steps = visibleSteps(birthRegistration, birthRegistration.sampleCase!);

async function logInAsVolunteer(page: Page) {
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill('tnv.demo');
	await page.getByLabel('Mật khẩu').fill(seedPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

const next = (page: Page) => page.getByRole('button', { name: 'Tiếp tục' }).click();

type LogEntry = {
	stepsTotal: number;
	stepsAlone: number;
	stepsHint: number;
	stepsExplain: number;
	stepsVolunteer: number;
};

const matches = (entry: LogEntry, expected: Partial<LogEntry>) =>
	Object.entries(expected).every(([k, v]) => entry[k as keyof LogEntry] === v);

/** The volunteer's own help log, as the server holds it (same cookie as the page). */
async function helpLog(page: Page): Promise<LogEntry[]> {
	const input = encodeURIComponent(JSON.stringify({ json: {} }));
	const response = await page.request.get(`/api/trpc/coaching.myLog?input=${input}`);
	const body = (await response.json()) as {
		result: { data: { json: { sessions: LogEntry[] } } };
	};
	return body.result.data.json.sessions;
}

test('a coached session: alone, after hints, one step taken over; summary and server agree', async ({
	page
}) => {
	test.setTimeout(120_000);
	await logInAsVolunteer(page);
	await startSession(page, { procedureSlug: birthRegistration.slug });
	const toggle = page.getByRole('button', { name: 'Chế độ hướng dẫn' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const panel = page.getByRole('complementary', { name: 'Hướng dẫn của tình nguyện viên' });
	await expect(panel).toBeVisible();
	await expectNoAxeViolations(page);

	// Step 1: the citizen alone.
	await fillStep(page, birthRegistration, 0);
	await next(page);

	// Step 2: "Gợi ý", then "Giải thích", reached with the keyboard; then the citizen does it.
	await tabTo(page, { text: 'Gợi ý' });
	await page.keyboard.press('Enter');
	await expect(page.locator('.coach-target')).toHaveCount(1);
	await expect(panel.getByText(/^Ô cần làm:/)).toBeVisible();
	await tabTo(page, { text: 'Giải thích' });
	await page.keyboard.press('Enter');
	await expectNoAxeViolations(page);
	await fillStep(page, birthRegistration, 1);
	await next(page);

	// Step 3: "Làm giúp" only after the confirmation that it is recorded.
	await panel.getByRole('button', { name: 'Làm giúp' }).click();
	await expect(panel.getByText('Việc làm giúp được ghi lại', { exact: false })).toBeVisible();
	await panel.getByRole('button', { name: 'Đồng ý làm giúp' }).click();
	await expect(panel.getByText('Tình nguyện viên đang làm giúp bước này')).toBeVisible();
	await fillStep(page, birthRegistration, 2);
	await next(page);

	// The rest alone.
	for (let i = 3; i < steps.length; i++) {
		await fillStep(page, birthRegistration, i);
		await next(page);
	}
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();

	const total = steps.length;
	await expect(page.getByTestId('coaching-headline')).toHaveText(
		`Ông/Bà đã tự làm ${total - 2} trên ${total} bước`
	);
	await expect(page.getByTestId('try-next')).toContainText(steps[1]!.step.title.vi);
	await expect(page.getByTestId('try-next')).toContainText(steps[2]!.step.title.vi);
	await expect(page.getByTestId('done-alone')).toContainText(steps[0]!.step.title.vi);

	// The rating's boxes are large, and "Gửi đánh giá" is not greyed out before a choice: pressed
	// then, it says what is missing at the question.
	await expect(page.getByRole('group', { name: /hài lòng/i }).first()).toBeVisible();
	expect(await expectLargeChoices(page, 'rating')).toBeGreaterThan(2);
	const send = page.getByRole('button', { name: 'Gửi đánh giá' });
	await expect(send).toBeEnabled();
	await send.click();
	await expect(page.getByRole('radio', { name: 'Rất hài lòng' })).toBeFocused();
	await expect(page.getByText('Hãy chọn một mức độ hài lòng')).toBeVisible();
	await page.getByRole('radio', { name: 'Rất hài lòng' }).check();
	await send.click();
	await expect(page.getByText('Cảm ơn Ông/Bà đã đánh giá.')).toBeVisible();
	await expect(page.getByTestId('dossier-code')).toBeVisible({ timeout: 20_000 });

	// After sync the server holds the same counts. Other tests coach as the same volunteer at the
	// same time: look for this session's record among theirs.
	const expected = {
		stepsTotal: total,
		stepsAlone: total - 2,
		stepsExplain: 1,
		stepsVolunteer: 1
	};
	await expect
		.poll(async () => (await helpLog(page)).some((e) => matches(e, expected)), { timeout: 30_000 })
		.toBe(true);
});

test('attribution and the skill card are kept, sealed, with the draft across a reload; the next visit shows progress', async ({
	page
}) => {
	test.setTimeout(120_000);
	await logInAsVolunteer(page);
	await startSession(page, { procedureSlug: birthRegistration.slug });
	await page.getByRole('button', { name: 'Chế độ hướng dẫn' }).click();

	// The citizen agrees to a skill card; the code is made on the PC.
	await page.getByText('Thẻ kỹ năng (không bắt buộc)').click();
	await page.getByLabel('Ông/Bà đồng ý lưu số bước tự làm dưới mã thẻ kỹ năng').check();
	await page.getByRole('button', { name: 'Tạo thẻ mới' }).click();
	const shown = (await page.getByTestId('skill-card-code').textContent()) ?? '';
	const formatted = /([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(shown)?.[1];
	expect(formatted, shown).toBeTruthy();
	const code = formatted!.replace('-', '');

	// Step 1 after a hint.
	const panel = page.getByRole('complementary', { name: 'Hướng dẫn của tình nguyện viên' });
	await panel.getByRole('button', { name: 'Gợi ý' }).click();
	await fillStep(page, birthRegistration, 0);
	await next(page);
	await expect(page).toHaveURL(/buoc=2/);

	// What is on disk: the card and the attribution only inside the draft's ciphertext.
	const stored = JSON.stringify(await indexedDbRows(page));
	expect(stored).not.toContain(code);
	expect(stored).not.toContain('afterRung');

	// A reload drops the key; the PIN opens the draft and the coached session carries on.
	await page.reload();
	await page
		.getByLabel(/Mã PIN/)
		.first()
		.fill(pin);
	await page.getByRole('button', { name: 'Mở hồ sơ', exact: true }).click();
	await expect(page.getByRole('button', { name: 'Chế độ hướng dẫn' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expect(page.getByTestId('skill-card-code')).toContainText(formatted!);

	for (let i = 1; i < steps.length; i++) {
		await fillStep(page, birthRegistration, i);
		await next(page);
	}
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	const total = steps.length;
	await expect(page.getByTestId('coaching-headline')).toHaveText(
		`Ông/Bà đã tự làm ${total - 1} trên ${total} bước`
	);
	await expect(page.getByTestId('summary-skill-card')).toContainText(formatted!);
	await expect(page.getByTestId('dossier-code')).toBeVisible({ timeout: 20_000 });

	// After sync the card holds this visit: the next visit's progress shows it.
	const progress = async () => {
		const input = encodeURIComponent(JSON.stringify({ json: { code } }));
		const response = await page.request.get(`/api/trpc/coaching.skillCardProgress?input=${input}`);
		const body = (await response.json()) as {
			result: { data: { json: { sessions: { stepsAlone: number; stepsTotal: number }[] } } };
		};
		return body.result.data.json.sessions;
	};
	await expect.poll(async () => (await progress()).length, { timeout: 30_000 }).toBe(1);
	expect((await progress())[0]).toMatchObject({ stepsAlone: total - 1, stepsTotal: total });

	// Next visit: the card typed in (lower case, with a dash) shows the earlier session.
	await endSession(page);
	await startSession(page, { procedureSlug: birthRegistration.slug });
	await page.getByRole('button', { name: 'Chế độ hướng dẫn' }).click();
	await page.getByText('Thẻ kỹ năng (không bắt buộc)').click();
	await page.getByLabel('Ông/Bà đồng ý lưu số bước tự làm dưới mã thẻ kỹ năng').check();
	await page.getByLabel('Mã thẻ kỹ năng (nếu đã có)').fill(formatted!.toLowerCase());
	await page.getByRole('button', { name: 'Dùng thẻ này' }).click();
	await expect(page.getByTestId('skill-card-sessions')).toContainText(
		`tự làm ${total - 1} trên ${total} bước`
	);
	await expectNoAxeViolations(page);
});
