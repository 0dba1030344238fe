import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { startSession } from './support/session';

/** Forms that people really type (issue 17, the held-out audit), through the real wizard. */
test.describe('the wizard reads what people type', () => {
	test('+84, an ID in groups with dashes, a date with spaces; an old number and a name without accents get a hint', async ({
		page
	}) => {
		await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
		const name = page.getByLabel('Họ, chữ đệm và tên');
		const phone = page.getByLabel('Số điện thoại di động');
		await name.fill('Nguyen Thi Lan');
		await page.getByLabel('Ngày, tháng, năm sinh').fill('14 / 03 / 1995');
		await page.getByLabel('Số định danh cá nhân (số căn cước)').fill('001-195-004-321');
		await page.getByRole('radio', { name: 'Nữ' }).check();
		await page.getByLabel('Quan hệ').selectOption({ index: 1 });
		await phone.fill('0168 123 4567');
		await page.getByRole('button', { name: 'Tiếp tục' }).click();

		// Only the old 11-digit number stops the step, and its message gives the new number.
		const summary = page.getByRole('alert');
		await expect(summary.getByRole('heading')).toHaveText(/Có 1 chỗ cần sửa/);
		await expect(summary.getByRole('link')).toContainText('Số điện thoại di động');
		await expect(phone).toHaveAttribute('aria-invalid', 'true');
		await expect(phone).toHaveAccessibleDescription(/Đầu số 0168 .* đổi thành 038 .* 038 123 4567/);
		// The name is a warning at its field, never an error.
		await expect(name).not.toHaveAttribute('aria-invalid', 'true');
		await expect(name).toHaveAccessibleDescription(/^Họ tên chưa có dấu/);
		await expectNoAxeViolations(page);

		await phone.fill('+84 912 345 678');
		await page.getByRole('button', { name: 'Tiếp tục' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nơi cư trú và thư điện tử');
	});

	test('an ID whose birth year is still to come is refused at its field', async ({ page }) => {
		await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
		const id = page.getByLabel('Số định danh cá nhân (số căn cước)');
		await id.fill('001 499 004 321'); // digit 4 = 4: born in the 2100s
		await page.getByRole('button', { name: 'Tiếp tục' }).click();
		await expect(id).toHaveAttribute('aria-invalid', 'true');
		await expect(id).toHaveAccessibleDescription(/năm sinh 2199, là năm chưa đến/);
	});
});

test('a fee the province sets says so, on the catalogue and the procedure page', async ({
	page
}) => {
	await page.goto('/thu-tuc');
	const item = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: 'Cấp giấy xác nhận tình trạng hôn nhân' }) });
	await expect(item).toContainText('Theo mức thu của tỉnh');
	await item.getByRole('link', { name: 'Cấp giấy xác nhận tình trạng hôn nhân' }).click();
	const fee = page.getByRole('region', { name: 'Lệ phí' });
	await expect(fee).toContainText('Theo mức thu của tỉnh');
	await expect(fee).not.toContainText('Miễn phí');
	await expectNoAxeViolations(page);
});
