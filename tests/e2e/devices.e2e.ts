import { expect, test, type Page } from '@playwright/test';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { startSession } from './support/session';

// Issue 21: access-point PCs as managed devices.

async function logIn(page: Page, username: string) {
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(seedPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}

/** A tRPC mutation as the page's logged-in user; its answer. */
async function mutate<T>(page: Page, path: string, input: unknown): Promise<T> {
	const response = await page.request.post(`/api/trpc/${path}`, {
		headers: { 'content-type': 'application/json' },
		data: { json: input }
	});
	expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
	return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

test('a manager enrols this PC and sets its idle time-out to 120 s; after sync the warning shows at 60 s', async ({
	page
}) => {
	test.setTimeout(90_000);
	// The page's clock, so that a minute of doing nothing can be skipped.
	await page.clock.install();
	// Only staff see this PC's settings.
	await page.goto('/quan-ly/cai-dat-may');
	await expect(page.getByRole('alert')).toHaveText('Hãy đăng nhập để mở trang này.');

	await logIn(page, 'quanly.demo');
	await page
		.getByRole('navigation', { name: 'Trang của cán bộ' })
		.getByRole('link', { name: 'Máy tính của điểm' })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Máy tính của điểm');

	// An empty name is refused at its field.
	await page.getByRole('button', { name: 'Đăng ký máy này' }).click();
	await expect(page.getByLabel('Tên máy')).toBeFocused();
	await expect(page.getByText('Hãy nhập tên máy.')).toBeVisible();

	const name = `Máy ${Date.now().toString(36)} — Nhà văn hóa tổ 5`;
	await page.getByLabel('Tên máy').fill(name);
	await page.getByRole('button', { name: 'Đăng ký máy này' }).click();
	await expect(page.getByText(`Máy này đã được đăng ký với tên “${name}”.`)).toBeVisible();
	await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('Đang dùng');

	await page.getByText(`Cài đặt riêng cho máy “${name}”`, { exact: true }).first().click();
	const form = page.getByRole('form', { name: `Cài đặt riêng cho máy “${name}”` });
	await form.getByLabel(/Thời gian không thao tác/).fill('5');
	await form.getByRole('button', { name: 'Lưu cài đặt' }).click();
	await expect(form.getByLabel(/Thời gian không thao tác/)).toBeFocused();
	await expect(form.getByRole('alert')).toContainText('từ 60 đến 3600 giây');
	await form.getByLabel(/Thời gian không thao tác/).fill('120');
	await form.getByRole('button', { name: 'Lưu cài đặt' }).click();
	await expect(form.getByRole('status')).toHaveText(
		'Đã lưu cài đặt. Các máy nhận cài đặt ở lần đồng bộ tiếp theo.'
	);
	await expectNoAxeViolations(page);

	// The PC takes its settings on its next sync and shows them, read-only.
	await expect(async () => {
		await page.goto('/quan-ly/cai-dat-may');
		await expect(page.locator('[data-setting="idleTimeoutSeconds"]')).toHaveText('120 giây', {
			timeout: 2_000
		});
	}).toPass({ timeout: 30_000 });
	await expect(page.getByText(`Máy đã đăng ký với tên “${name}”.`)).toBeVisible();
	await expect(page.locator('[data-setting="idleWarningSeconds"]')).toHaveText('60 giây');
	await expect(page.getByRole('textbox')).toHaveCount(0);

	await page.getByRole('button', { name: 'Đăng xuất' }).click();
	await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
	const warning = page.getByRole('alertdialog', { name: 'Phiên sắp kết thúc' });
	await page.clock.fastForward(58_000);
	await expect(warning).toBeHidden();
	await page.clock.fastForward(3_000);
	await expect(warning).toBeVisible();
	await page.clock.fastForward(61_000);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ông/Bà muốn làm gì hôm nay?');
});

test('a PC with a dossier waiting since before the last working day is flagged on the list and the start page; revoking it is audited', async ({
	page
}) => {
	await logIn(page, 'quanly.demo');
	const name = `Máy chờ ${Date.now().toString(36)}`;
	const enrolled = await mutate<{ id: string; credential: string }>(page, 'devices.enrol', {
		name,
		clientId: crypto.randomUUID()
	});
	// The PC's own report, as its sync sends it: one dossier queued a month ago.
	const checkIn = await mutate<{ status: string }>(page, 'devices.checkIn', {
		credential: enrolled.credential,
		report: {
			appVersion: 'e2e',
			dossiersWaiting: 1,
			oldestWaitingAt: new Date(Date.now() - 30 * 86_400_000).toISOString(),
			refusalsWaiting: 2,
			storageUsedBytes: 5 * 1_048_576,
			storageQuotaBytes: 100 * 1_048_576
		}
	});
	expect(checkIn.status).toBe('active');

	await page.goto('/quan-ly');
	await expect(
		page.getByRole('link', { name: /máy có hồ sơ chờ gửi quá một ngày làm việc/ })
	).toBeVisible();
	await page.getByRole('link', { name: /máy có hồ sơ chờ gửi quá một ngày làm việc/ }).click();
	const row = page.getByRole('row', { name: new RegExp(name) });
	await expect(row).toContainText('Cần chú ý: có hồ sơ chờ gửi quá một ngày làm việc');
	await expect(row).toContainText('1 hồ sơ, chờ từ');
	await expect(row).toContainText('5.0 MB / 100 MB');

	await page.getByText(`Cài đặt riêng cho máy “${name}”`, { exact: true }).first().click();
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: `Thu hồi máy “${name}”` }).click();
	await expect(page.getByText(`Đã thu hồi máy “${name}”.`)).toBeVisible();
	await expect(row).toContainText('Đã thu hồi');
	await expect(row).not.toContainText('Cần chú ý');

	// The access log names who revoked it.
	await page.goto('/quan-ly/nhat-ky-truy-cap');
	await expect(page.getByText('Thu hồi máy tính của điểm').first()).toBeVisible();
});
