import { expect, type Page } from '@playwright/test';

export const pin = '2468';

/** "Bắt đầu phiên mới" with a PIN and the chosen consents, landing where it leads. */
export async function startSession(
	page: Page,
	options: { keepOnDevice?: boolean; uploadForHome?: boolean; procedureSlug?: string } = {}
): Promise<void> {
	await page.goto(
		options.procedureSlug ? `/phien-moi?thu-tuc=${options.procedureSlug}` : '/phien-moi'
	);
	await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
	await page.getByLabel('Nhập lại mã PIN').fill(pin);
	if (options.keepOnDevice) await page.getByLabel(/Giữ hồ sơ đang làm trên máy này/).check();
	if (options.uploadForHome) await page.getByLabel(/Gửi bản đã mã hóa lên máy chủ/).check();
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(endButton(page)).toBeVisible();
}

/** The header's "Kết thúc phiên" (the page after "Nộp hồ sơ" offers a large one of its own). */
export const endButton = (page: Page) =>
	page.getByRole('banner').getByRole('button', { name: 'Kết thúc phiên' });

/** "Kết thúc phiên", then the home page it reloads to: nothing may navigate before it is there. */
export async function endSession(page: Page): Promise<void> {
	await endButton(page).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ông/Bà muốn làm gì hôm nay?');
}

/** Waits until the quiet "Đã lưu" says the last change is on disk. */
export async function expectSaved(page: Page): Promise<void> {
	await expect(page.getByRole('status').filter({ hasText: /^Đã lưu$/ })).toBeVisible();
}

export const markers = {
	name: 'Markerten Thị Lan',
	// Values the app itself never ships (its sample cases use other numbers).
	personalId: '079196123457',
	phone: '0987650432'
};

/** Types the marker values into the first step of birth registration. */
export async function typeMarkers(page: Page): Promise<void> {
	await page.getByLabel('Họ, chữ đệm và tên').fill(markers.name);
	await page.getByLabel('Số định danh cá nhân (số căn cước)').fill(markers.personalId);
	await page.getByLabel('Số điện thoại di động').fill(markers.phone);
}
