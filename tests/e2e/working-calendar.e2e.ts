import { expect, test, type Page } from '@playwright/test';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { tabTo } from './support/keyboard';

const staffMenu = (page: Page) => page.getByRole('navigation', { name: 'Trang của cán bộ' });

async function typeInto(page: Page, id: string, text: string) {
	await tabTo(page, { id });
	await page.keyboard.type(text);
}

test('an administrator adds a make-up Saturday by keyboard; it is listed, a weekday is refused', async ({
	page
}) => {
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill('quantri.demo');
	await page.getByLabel('Mật khẩu').fill(seedPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await staffMenu(page).getByRole('link', { name: 'Lịch làm việc' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lịch làm việc');
	const daysOff = page.getByRole('list', { name: 'Danh sách ngày nghỉ' });
	await expect(daysOff.getByRole('listitem').first()).toBeVisible();
	await expectNoAxeViolations(page);

	// Nothing typed: each field says what it needs, focus on the first.
	await tabTo(page, { text: 'Thêm ngày làm bù' });
	await page.keyboard.press('Enter');
	await expect(page.getByText('Hãy nhập ngày theo dạng ngày/tháng/năm')).toBeVisible();
	await expect(page.locator('#make-up-date')).toBeFocused();

	// A weekday is worked anyway: refused, said at the date, focus there.
	await page.keyboard.type('22/03/2027');
	await typeInto(page, 'make-up-nameVi', 'Làm bù cho ngày 26/4');
	await typeInto(page, 'make-up-nameEn', 'Make-up day for 26 April');
	await tabTo(page, { text: 'Thêm ngày làm bù' });
	await page.keyboard.press('Enter');
	await expect(page.getByText('Ngày làm bù phải là thứ Bảy hoặc Chủ nhật')).toBeVisible();
	await expect(page.locator('#make-up-date')).toBeFocused();
	await expectNoAxeViolations(page);

	// Saturday 20 March 2027: saved, the page turns to 2027 and lists it.
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('20/03/2027');
	await tabTo(page, { text: 'Thêm ngày làm bù' });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toContainText('20/03/2027');
	await expect(page.getByLabel('Năm', { exact: true })).toHaveValue('2027');
	const makeUp = page.getByRole('list', { name: 'Danh sách ngày làm bù' });
	await expect(makeUp.getByRole('listitem')).toHaveCount(1);
	await expect(makeUp).toContainText('20/03/2027');
	await expect(makeUp).toContainText('Làm bù cho ngày 26/4');
	await expectNoAxeViolations(page);

	// It reaches devices the way days off do: the public calendar query.
	const served = await page.request.get(
		`/api/trpc/calendar.makeUpDays?input=${encodeURIComponent(JSON.stringify({ json: { year: 2027 } }))}`
	);
	expect(await served.text()).toContain('2027-03-20');

	// Removed again by keyboard, so other journeys keep the plain calendar.
	await tabTo(page, { text: 'Bỏ ngày làm bù' });
	await page.keyboard.press('Enter');
	await expect(page.getByText('Năm này chưa có ngày làm bù.')).toBeVisible();

	// The rule for a dossier received on a day off: chosen by keyboard, saved, set back at once
	// (it is the whole installation's, and other journeys count due dates).
	const rule = page.getByRole('group', {
		name: 'Ngày làm việc đầu tiên sau ngày nghỉ được tính là'
	});
	await expect(rule.getByLabel('Ngày thứ nhất của thời hạn giải quyết (mặc định)')).toBeChecked();
	await rule.getByLabel('Ngày tiếp nhận (thời hạn tính từ ngày làm việc kế tiếp)').check();
	await tabTo(page, { text: 'Lưu cách tính' });
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('status').filter({ hasText: 'Đã lưu: Ngày tiếp nhận' })
	).toBeVisible();
	await rule.getByLabel('Ngày thứ nhất của thời hạn giải quyết (mặc định)').check();
	await page.getByRole('button', { name: 'Lưu cách tính' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu: Ngày thứ nhất' })).toBeVisible();
	await expectNoAxeViolations(page);
});
