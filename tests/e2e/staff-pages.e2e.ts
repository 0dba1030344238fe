import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { birthRegistration } from '../../src/testing/procedures/catalogue';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { tabTo } from './support/keyboard';
import { userReload, waitForServiceWorkerControl } from './support/service-worker';

async function logIn(page: Page, username: string, password: string) {
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(password);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** The app code the server's refusal carries (superjson envelope). */
async function appCodeOf(response: APIResponse): Promise<unknown> {
	const body = (await response.json()) as { error?: { json?: { data?: { appCode?: unknown } } } };
	return body.error?.json?.data?.appCode;
}

const staffMenu = (page: Page) => page.getByRole('navigation', { name: 'Trang của cán bộ' });

/** Now in Vietnam as yyyy-mm-dd and hh:mm, a few minutes back, and two hours on (same day). */
function shiftAroundNow() {
	const vn = new Date(Date.now() + 7 * 3_600_000);
	const minutes = vn.getUTCHours() * 60 + vn.getUTCMinutes();
	const clock = (m: number) =>
		`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
	return {
		date: vn.toISOString().slice(0, 10),
		start: clock(Math.max(0, minutes - 5)),
		end: clock(Math.min(23 * 60 + 59, minutes + 120))
	};
}

test('a manager creates a volunteer by keyboard, puts them on duty, disables them; the volunteer sees their log', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const suffix = Date.now().toString(36);
	const username = `tnv.e2e${suffix}`;
	const displayName = `Trần Văn Thử ${suffix}`;

	const managerContext = await browser.newContext();
	const manager = await managerContext.newPage();
	await logIn(manager, 'quanly.demo', seedPassword);
	await expect(staffMenu(manager).getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
	await expect(staffMenu(manager).getByRole('link', { name: 'Ca trực' })).toBeVisible();
	await staffMenu(manager).getByRole('link', { name: 'Tài khoản tình nguyện viên' }).click();
	await expect(
		manager.getByRole('heading', { name: 'Tạo tài khoản tình nguyện viên' })
	).toBeVisible();
	await expect(manager.getByRole('row', { name: /Tình nguyện viên \(mẫu\)/ })).toContainText(
		'Đang hoạt động'
	);
	await expectNoAxeViolations(manager);

	// Keyboard only: an empty form names each field; a taken username is refused beside it.
	await tabTo(manager, { id: 'volunteer-displayName' });
	await tabTo(manager, { text: 'Tạo tài khoản' });
	await manager.keyboard.press('Enter');
	await expect(manager.locator('#volunteer-displayName')).toBeFocused();
	await expect(manager.getByText('Hãy nhập họ và tên.')).toBeVisible();
	await expect(manager.getByText('Hãy nhập tên đăng nhập.')).toBeVisible();
	await expect(manager.getByText('Mật khẩu phải có ít nhất 10 ký tự.')).toBeVisible();
	await expectNoAxeViolations(manager);

	await manager.keyboard.type(displayName);
	await manager.keyboard.press('Tab');
	await manager.keyboard.type('tnv.demo');
	await manager.keyboard.press('Tab');
	await expect(manager.locator('#volunteer-password')).toBeFocused();
	await manager.keyboard.press('Tab');
	await expect(manager.getByRole('button', { name: 'Tạo mật khẩu ngẫu nhiên' })).toBeFocused();
	await manager.keyboard.press('Enter');
	const password = await manager.locator('#volunteer-password').inputValue();
	expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
	await manager.keyboard.press('Tab');
	await manager.keyboard.press('Enter');
	await expect(manager.locator('#volunteer-username')).toBeFocused();
	await expect(manager.locator('#volunteer-username-error')).toHaveText(
		'Tên đăng nhập này đã có người dùng. Hãy chọn tên khác.'
	);
	await expect(manager.locator('#volunteer-username')).toHaveAttribute('aria-invalid', 'true');
	// Nothing typed is lost.
	await expect(manager.locator('#volunteer-displayName')).toHaveValue(displayName);
	await manager.keyboard.press('ControlOrMeta+a');
	await manager.keyboard.type(username);
	await tabTo(manager, { text: 'Tạo tài khoản' });
	await manager.keyboard.press('Enter');
	await expect(manager.getByRole('status').filter({ hasText: 'Đã tạo tài khoản' })).toContainText(
		`Tên đăng nhập: ${username}. Mật khẩu ban đầu: ${password}.`
	);
	const row = manager.getByRole('row', { name: new RegExp(displayName) });
	await expect(row).toContainText('Đang hoạt động');
	await expect(manager.locator('#volunteer-password')).toHaveValue('');

	// On duty now.
	await staffMenu(manager).getByRole('link', { name: 'Ca trực' }).click();
	// The accounts page's "Tình nguyện viên" section may still be on screen for a moment: wait
	// for the shifts page and ask for the select by its role.
	await expect(manager).toHaveURL(/\/quan-ly\/ca-truc/);
	const around = shiftAroundNow();
	await manager
		.getByRole('combobox', { name: 'Tình nguyện viên', exact: true })
		.selectOption({ label: `${displayName} (tình nguyện viên)` });
	await manager.getByLabel('Ngày trực').fill(around.date);
	await manager.getByLabel('Giờ bắt đầu').fill(around.start);
	await manager.getByLabel('Giờ kết thúc').fill(around.end);
	await manager.getByRole('button', { name: 'Thêm ca' }).click();
	await expect(manager.getByRole('status').filter({ hasText: 'Đã thêm ca trực' })).toContainText(
		displayName
	);
	await expect(manager.getByRole('listitem').filter({ hasText: displayName })).toContainText(
		`${around.start}–${around.end}`
	);
	// The same shift again overlaps: refused beside the times, with a sentence.
	await manager.getByRole('button', { name: 'Thêm ca' }).click();
	await expect(
		manager.getByText('Tình nguyện viên này đã có ca trực trùng giờ. Hãy chọn giờ khác.')
	).toBeVisible();
	await expectNoAxeViolations(manager);

	await manager.goto('/');
	await expect(manager.getByText(/^Tình nguyện viên đang trực:/)).toContainText(displayName);
	// Offline the line is simply absent: no error, no notice.
	await waitForServiceWorkerControl(manager);
	await managerContext.setOffline(true);
	await userReload(manager);
	await expect(manager.getByRole('heading', { name: 'Ông/Bà muốn làm gì hôm nay?' })).toBeVisible();
	await expect(manager.getByText('Đang ngoại tuyến')).toBeVisible();
	await expect(manager.getByText(/đang trực/)).toHaveCount(0);
	await expect(manager.locator('.notice')).toHaveCount(0);
	await managerContext.setOffline(false);

	// The new volunteer: their own pages only, an empty help log.
	const volunteerContext = await browser.newContext();
	const volunteer = await volunteerContext.newPage();
	await logIn(volunteer, username, password);
	await expect(volunteer.getByText(`Đã đăng nhập: ${displayName}`)).toBeVisible();
	// Their start page, "Việc hôm nay", shows the shift just set.
	const shiftToday = volunteer.getByRole('region', { name: 'Ca trực hôm nay' });
	await expect(shiftToday).toContainText(`Từ ${around.start} đến ${around.end}`);
	await expect(shiftToday).toContainText('Đang trong ca');
	await expect(staffMenu(volunteer).getByRole('link')).toHaveText([
		'Việc hôm nay',
		'Nhật ký hỗ trợ',
		'Cài đặt máy này'
	]);
	await staffMenu(volunteer).getByRole('link', { name: 'Nhật ký hỗ trợ' }).click();
	await expect(volunteer.getByText('Số phiên hướng dẫn: 0')).toBeVisible();
	await expect(volunteer.getByText('Công dân tự làm 0/0 bước (0 %)')).toBeVisible();
	await expect(
		volunteer.getByText('Chưa có phiên hướng dẫn nào trong khoảng thời gian này.')
	).toBeVisible();
	await expectNoAxeViolations(volunteer);

	// One coached session reaches the server the way a PC's outbox sends it.
	const steps = birthRegistration.steps.map((step, i, all) => ({
		stepId: step.id,
		outcome: i === all.length - 1 ? 'volunteer' : i === all.length - 2 ? 'hint' : 'alone',
		ms: 60_000,
		hints: i === all.length - 2 ? 1 : 0,
		explanations: 0,
		demonstrations: 0,
		fieldsByVolunteer: i === all.length - 1 ? 2 : 0
	}));
	const me = (await (await volunteer.request.get('/api/trpc/auth.me')).json()) as {
		result: { data: { json: { id: string; accessPointId: string } } };
	};
	const pushed = await volunteer.request.post('/api/trpc/sync.push', {
		headers: { 'content-type': 'application/json' },
		data: {
			json: {
				clientId: crypto.randomUUID(),
				mutations: [
					{
						id: 1,
						kind: 'coaching.record',
						payload: {
							id: crypto.randomUUID(),
							accessPointId: me.result.data.json.accessPointId,
							volunteerId: me.result.data.json.id,
							procedureId: birthRegistration.id,
							procedureVersion: birthRegistration.version,
							practice: false,
							startedAt: new Date(Date.now() - 20 * 60_000).toISOString(),
							endedAt: new Date().toISOString(),
							steps
						}
					}
				]
			}
		}
	});
	expect(pushed.ok()).toBe(true);
	await volunteer.reload();
	const total = steps.length;
	await expect(volunteer.getByText('Số phiên hướng dẫn: 1')).toBeVisible();
	await expect(
		volunteer.getByText(
			`Công dân tự làm ${total - 2}/${total} bước (${Math.round(((total - 2) / total) * 100)} %)`
		)
	).toBeVisible();
	const session = volunteer.getByRole('row', { name: /Đăng ký khai sinh/ });
	await expect(session).toContainText(`${total - 2}/${total} bước`);
	await expect(session).toContainText('Gợi ý 1 · Giải thích 0 · Làm mẫu 0 · Làm giúp 1');
	await expect(session).toContainText(`${total} phút`);
	await expectNoAxeViolations(volunteer);

	// Manager pages: a plain refusal on screen, and the server refuses the calls themselves.
	await volunteer.goto('/quan-ly/tai-khoan');
	await expect(volunteer.getByRole('alert')).toHaveText(
		/^Tài khoản tình nguyện viên không có quyền mở trang này\./
	);
	await expect(volunteer.getByRole('heading', { name: 'Tạo tài khoản' })).toHaveCount(0);
	await expectNoAxeViolations(volunteer);
	await volunteer.goto('/quan-ly/ca-truc');
	await expect(volunteer.getByRole('alert')).toContainText('không có quyền mở trang này');
	const refused = await volunteer.request.get('/api/trpc/users.list');
	expect(refused.status()).toBe(403);
	expect(await appCodeOf(refused)).toBe('forbidden');
	const create = await volunteer.request.post('/api/trpc/users.createVolunteer', {
		headers: { 'content-type': 'application/json' },
		data: { json: { username: 'tnv.lau', displayName: 'Lậu', password: 'mot-mat-khau-dai' } }
	});
	expect(create.status()).toBe(403);
	expect(await appCodeOf(create)).toBe('forbidden');

	// Disabled: the volunteer's session ends, the next login is refused, and they are off duty.
	await manager.goto('/quan-ly/tai-khoan');
	await row.getByRole('button', { name: 'Khoá tài khoản' }).click();
	await expect(manager.getByRole('status').filter({ hasText: 'Đã khoá tài khoản' })).toContainText(
		displayName
	);
	await expect(row).toContainText('Đã khoá');
	await expect(row.getByRole('button', { name: 'Mở lại tài khoản' })).toBeVisible();

	await volunteer.goto('/tinh-nguyen-vien/nhat-ky');
	await expect(volunteer.getByRole('alert')).toHaveText('Hãy đăng nhập để mở trang này.');
	await logIn(volunteer, username, password);
	await expect(volunteer.locator('#password-error')).toHaveText(
		'Tên đăng nhập hoặc mật khẩu chưa đúng. Hãy kiểm tra và nhập lại.'
	);

	await manager.goto('/');
	await expect(
		manager.getByText(/^Lúc này chưa có tình nguyện viên trực|đang trực:/)
	).toBeVisible();
	await expect(manager.getByText(displayName)).toHaveCount(0);

	// Enabled again, the same password works.
	await manager.goto('/quan-ly/tai-khoan');
	await row.getByRole('button', { name: 'Mở lại tài khoản' }).click();
	await expect(row).toContainText('Đang hoạt động');
	await logIn(volunteer, username, password);
	await expect(volunteer.getByText(`Đã đăng nhập: ${displayName}`)).toBeVisible();

	// A shift removed leaves the rota.
	await manager.goto('/quan-ly/ca-truc');
	const shift = manager.getByRole('listitem').filter({ hasText: displayName });
	await shift.getByRole('button', { name: 'Xoá ca' }).click();
	await expect(manager.getByRole('status').filter({ hasText: 'Đã xoá ca trực' })).toContainText(
		displayName
	);
	await expect(shift).toHaveCount(0);

	await managerContext.close();
	await volunteerContext.close();
});

test('the help log page asks for a login first, and the home page stays quiet on a new PC', async ({
	page
}) => {
	await page.goto('/tinh-nguyen-vien/nhat-ky');
	await expect(page.getByRole('alert')).toHaveText('Hãy đăng nhập để mở trang này.');
	await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
	await page.goto('/');
	await expect(page.getByRole('heading', { name: 'Ông/Bà muốn làm gì hôm nay?' })).toBeVisible();
	await expect(page.getByText(/đang trực/)).toHaveCount(0);
});
