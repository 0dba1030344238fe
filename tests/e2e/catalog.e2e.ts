import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/a11y';
import { userReload, waitForServiceWorkerControl } from './support/service-worker';
import { procedures } from '../../src/testing/procedures/catalogue';

// The catalogue grows with every document shipped: count from the documents, not a constant.
const residence = procedures.filter((p) => p.field === 'residence').length;

const firstResult = (page: import('@playwright/test').Page) =>
	page.getByRole('listitem').getByRole('heading', { level: 2 }).first();

test.describe('procedure catalogue', () => {
	test('finds procedures without accents, in capitals or by a part of the name, ranked', async ({
		page
	}) => {
		await page.goto('/thu-tuc');
		const search = page.getByRole('searchbox', { name: 'Tìm thủ tục' });
		await search.fill('khai sinh');
		await expect(firstResult(page)).toHaveText('Đăng ký khai sinh');
		for (const query of ['dang ky ket hon', 'ĐĂNG KÝ KẾT HÔN', 'kết hôn']) {
			await search.fill(query);
			await expect(firstResult(page)).toHaveText('Đăng ký kết hôn');
		}
		await search.fill('tam tru');
		await expect(firstResult(page)).toHaveText('Đăng ký tạm trú');
		await search.fill('xyzxyz');
		await expect(page.getByRole('status').filter({ hasText: 'Không tìm thấy' })).toBeVisible();
	});

	test('filters by field of law and by online level', async ({ page }) => {
		await page.goto('/thu-tuc');
		await expect(page.getByText(`Tìm thấy ${procedures.length} thủ tục`)).toBeVisible();
		await page.getByLabel('Lĩnh vực').selectOption({ label: 'Cư trú' });
		await expect(page.getByText(`Tìm thấy ${residence} thủ tục`)).toBeVisible();
		await page.getByLabel('Lĩnh vực').selectOption({ label: 'Tất cả' });
		await page.getByLabel('Mức độ trực tuyến').selectOption({ label: 'Một phần' });
		const names = await page
			.getByRole('listitem')
			.getByRole('heading', { level: 2 })
			.allTextContents();
		expect(names).toEqual(
			expect.arrayContaining(['Đăng ký kết hôn', 'Chứng thực bản sao từ bản chính'])
		);
	});

	test('search works offline', async ({ page, context }) => {
		await page.goto('/thu-tuc');
		await waitForServiceWorkerControl(page);
		await context.setOffline(true);
		await userReload(page);
		await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill('khai tu');
		await expect(firstResult(page)).toHaveText('Đăng ký khai tử');
		await firstResult(page).getByRole('link').click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng ký khai tử');
	});

	test('the catalogue and a procedure page are axe clean and say what to prepare', async ({
		page
	}) => {
		await page.goto('/thu-tuc');
		await expect(firstResult(page)).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Chứng thực bản sao từ bản chính' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Chứng thực bản sao từ bản chính'
		);
		await expect(page.getByText('2.000 đồng').first()).toBeVisible();
		await expect(page.getByText('200.000 đồng').first()).toBeVisible();
		await expect(page.getByRole('link', { name: 'Bắt đầu' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
