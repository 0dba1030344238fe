import { expect, test } from '@playwright/test';
import { markers, startSession, typeMarkers } from './support/session';

test.describe('storage faults', () => {
	test('a full disk while typing: a clear sentence, and what is on screen stays', async ({
		page
	}) => {
		const autosaveWorker = page.waitForEvent('worker', (w) => w.url().includes('autosave'));
		await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
		// From now on every IndexedDB write fails as a full disk would, in the page and in the
		// autosave worker alike.
		const fullDisk = () => {
			const fail = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
			IDBObjectStore.prototype.put = fail;
			IDBObjectStore.prototype.add = fail;
		};
		await (await autosaveWorker).evaluate(fullDisk);
		await page.evaluate(fullDisk);
		await typeMarkers(page);
		await expect(page.getByText('Bộ nhớ của trình duyệt đã đầy.')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Chưa lưu được' })).toBeVisible();
		await expect(page.getByLabel('Họ, chữ đệm và tên')).toHaveValue(markers.name);
		await expect(page.getByLabel('Số điện thoại di động')).toHaveValue(markers.phone);
	});

	test('a browser that refuses storage (no IndexedDB) says so instead of failing silently', async ({
		page
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { value: undefined });
		});
		await page.goto('/phien-moi');
		await page.getByLabel('Mã PIN', { exact: true }).fill('2468');
		await page.getByLabel('Nhập lại mã PIN').fill('2468');
		await page.getByRole('button', { name: 'Bắt đầu' }).click();
		await expect(page.getByText('Trình duyệt không cho lưu dữ liệu')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Kết thúc phiên' })).toHaveCount(0);
	});
});
