import { expect, test, type Page } from '@playwright/test';
import { seedPassword } from '../playwright.config';
import { expectNoAxeViolations } from './support/a11y';
import { tabTo } from './support/keyboard';

/**
 * Issue 17, item 3, in one short journey (one page, one session, ~17 s): the administrator sets
 * the office's head and public address and a province fee by keyboard, and a device shows the
 * fee after it syncs the reference data. Everything is set back at the end: the server is
 * shared with the other journeys. The fee line keeps "Theo mức thu của tỉnh" in front of the
 * amount, so a journey reading it meanwhile still finds those words.
 */
const staffMenu = (page: Page) => page.getByRole('navigation', { name: 'Trang của cán bộ' });
const procedure = 'Cấp giấy xác nhận tình trạng hôn nhân';

async function typeInto(page: Page, id: string, text: string) {
	await tabTo(page, { id });
	await page.keyboard.type(text);
}

async function submitWith(page: Page, text: string) {
	await tabTo(page, { text });
	await page.keyboard.press('Enter');
}

test('an administrator sets the office and a province fee by keyboard; a device shows the fee', async ({
	page
}) => {
	// Three screens, each typed by keyboard and checked by axe, then a device's sync: longer than
	// one journey's 30 s when the machine is busy.
	test.setTimeout(60_000);
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill('quantri.demo');
	await page.getByLabel('Mật khẩu').fill(seedPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();

	// The office: head of office and public address; plain http elsewhere than here is refused.
	await staffMenu(page).getByRole('link', { name: 'Cơ quan' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông tin cơ quan');
	await expect(page.getByLabel('Tên cơ quan', { exact: true })).toHaveValue(/Ủy ban nhân dân/);
	// No public address yet: the screen says where receipts' QR codes would lead (issue 19).
	const missing = page.getByText('Chưa đặt địa chỉ công khai.');
	await expect(missing).toBeVisible();
	await expectNoAxeViolations(page);
	await typeInto(page, 'office-headName', 'Trần Văn Đức');
	await typeInto(page, 'office-headTitle', 'CHỦ TỊCH');
	await typeInto(page, 'office-publicUrl', 'http://cunglam.example.vn');
	await submitWith(page, 'Lưu thông tin cơ quan');
	await expect(page.getByText('Địa chỉ phải bắt đầu bằng https://')).toBeVisible();
	await expect(page.locator('#office-publicUrl')).toBeFocused();
	await expectNoAxeViolations(page);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('https://cunglam.example.vn/');
	await submitWith(page, 'Lưu thông tin cơ quan');
	await expect(
		page.getByRole('status').filter({ hasText: 'Đã lưu thông tin cơ quan.' })
	).toBeVisible();
	await expect(missing).toBeHidden();

	// A province fee for the office's province (Hà Nội), entered from its row.
	await staffMenu(page).getByRole('link', { name: 'Mức thu của tỉnh' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mức thu của tỉnh');
	await expect(page.getByLabel('Tỉnh, thành phố')).toHaveValue('01');
	const row = page.getByRole('row').filter({ hasText: procedure });
	await expect(row).toContainText('Chưa nhập');
	await submitWith(page, 'Nhập mức thu');
	await expect(page.locator('#fee-amount')).toBeFocused();
	await page.keyboard.type('5000');
	await typeInto(page, 'fee-decision', 'Nghị quyết 1/2026/NQ-HĐND');
	await submitWith(page, 'Lưu mức thu');
	await expect(page.getByRole('status').filter({ hasText: 'Đã lưu mức thu' })).toBeVisible();
	await expect(row).toContainText(/5\.000/);
	await expectNoAxeViolations(page);

	// A mobile prefix added and removed again by keyboard (devices get it with the fee).
	await staffMenu(page).getByRole('link', { name: 'Đầu số di động' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đầu số di động');
	await typeInto(page, 'prefix-prefix', '50');
	await submitWith(page, 'Thêm đầu số');
	await expect(page.getByText('Đầu số gồm đúng 3 chữ số')).toBeVisible();
	await expect(page.locator('#prefix-prefix')).toBeFocused();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('050');
	await submitWith(page, 'Thêm đầu số');
	await expect(page.getByRole('status').filter({ hasText: 'Đã thêm đầu số 050.' })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Các đầu số đang dùng' })).toContainText('050');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Bỏ đầu số 050' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Đã bỏ đầu số 050.' })).toBeVisible();

	try {
		// The device: its copy of the reference data is refreshed, and the procedure page says it.
		await page.goto('/thu-tuc/xac-nhan-tinh-trang-hon-nhan');
		const fee = page.getByRole('region', { name: 'Lệ phí' });
		await expect(fee).toContainText(/Theo mức thu của tỉnh: 5\.000/);
		await expect(fee).toContainText('Nghị quyết 1/2026/NQ-HĐND');
		const stored = await page.evaluate(async () => {
			const open = indexedDB.open('cung-lam');
			const db = await new Promise<IDBDatabase>(
				(resolve) => (open.onsuccess = () => resolve(open.result))
			);
			const get = db.transaction('settings').objectStore('settings').get('reference.data');
			return new Promise<unknown>((resolve) => (get.onsuccess = () => resolve(get.result)));
		});
		expect(stored).toMatchObject({
			value: {
				office: { publicUrl: 'https://cunglam.example.vn', head: { name: 'Trần Văn Đức' } }
			}
		});
	} finally {
		// Set back for the other journeys.
		await page.goto('/quan-tri/muc-thu');
		await page.getByRole('button', { name: 'Xoá mức thu' }).click();
		await expect(page.getByRole('row').filter({ hasText: procedure })).toContainText('Chưa nhập');
		await page.goto('/quan-tri/co-quan');
		await page.getByLabel('Họ và tên thủ trưởng').fill('');
		await page.getByLabel('Chức danh ký').fill('');
		await page.getByLabel('Địa chỉ trang web cho người dân').fill('');
		await page.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Đã lưu' })).toBeVisible();
		await expect(page.getByText('Chưa đặt địa chỉ công khai.')).toBeVisible();
	}
});
