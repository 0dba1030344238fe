import { expect, test, type Page } from '@playwright/test';
import { userReload } from './support/service-worker';
import { endSession, expectSaved, pin, startSession } from './support/session';
import { walkSteps } from './support/wizard';
import { birthRegistration } from '../../src/testing/procedures/catalogue';

/** A large, detailed photo (about 3000 × 2000) drawn in the page, as a camera would give. */
async function bigPhoto(page: Page): Promise<Buffer> {
	const base64 = await page.evaluate(async () => {
		const canvas = new OffscreenCanvas(2400, 1600);
		const ctx = canvas.getContext('2d')!;
		// Sensor noise over a gradient: what makes camera photos large as PNG.
		const image = ctx.createImageData(2400, 1600);
		let seed = 7;
		for (let i = 0; i < image.data.length; i += 4) {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			const noise = seed % 64;
			image.data[i] = 150 + noise;
			image.data[i + 1] = ((i / 4) % 2400) / 12 + noise;
			image.data[i + 2] = 120 + (noise >> 1);
			image.data[i + 3] = 255;
		}
		ctx.putImageData(image, 0, 0);
		ctx.fillStyle = '#000';
		ctx.font = '120px sans-serif';
		ctx.fillText('GIẤY CHỨNG SINH', 200, 300);
		const blob = await canvas.convertToBlob({ type: 'image/png' });
		const bytes = new Uint8Array(await blob.arrayBuffer());
		let text = '';
		for (let i = 0; i < bytes.length; i += 0x8000)
			text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
		return btoa(text);
	});
	return Buffer.from(base64, 'base64');
}

test.describe('attached papers', () => {
	test('a photo is compressed, stored encrypted, and survives a reload and end/reopen', async ({
		page
	}) => {
		test.setTimeout(60_000);
		await startSession(page, { keepOnDevice: true, procedureSlug: 'dang-ky-khai-sinh' });
		await walkSteps(page, birthRegistration, 5);
		await page.getByRole('radio', { name: 'Có' }).check();
		const photo = await bigPhoto(page);
		expect(photo.length).toBeGreaterThan(800_000);
		// The bytes of this PNG must not be findable once stored: a PNG chunk marker is plaintext.
		await page
			.getByLabel('Đính kèm giấy tờ')
			.setInputFiles({ name: 'giay-chung-sinh.png', mimeType: 'image/png', buffer: photo });

		const item = page.getByRole('listitem').filter({ hasText: 'giay-chung-sinh' });
		await expect(item).toBeVisible({ timeout: 20_000 });
		const sizeKb = Number((await item.textContent())!.match(/\((\d+) KB\)/)![1]);
		expect(sizeKb * 1024).toBeLessThan(photo.length / 2);
		await expect(item.getByRole('img', { name: /Ảnh xem trước/ })).toBeVisible();
		await expectSaved(page);
		// What IndexedDB holds is ciphertext: no image signature, no JFIF header, at either size.
		const stored = await page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve) => {
				const request = indexedDB.open('cung-lam');
				request.onsuccess = () => resolve(request.result);
			});
			const rows = await new Promise<{ blob: Blob; thumbnail?: Blob }[]>((resolve) => {
				const request = db.transaction('attachments').objectStore('attachments').getAll();
				request.onsuccess = () => resolve(request.result);
			});
			const looksLikeImage = async (blob?: Blob) => {
				if (!blob) return false;
				const bytes = new Uint8Array(await blob.arrayBuffer());
				const text = new TextDecoder('latin1').decode(bytes);
				return (
					(bytes[0] === 0xff && bytes[1] === 0xd8) || text.includes('JFIF') || text.includes('IHDR')
				);
			};
			return Promise.all(
				rows.map(async (r) => [
					await looksLikeImage(r.blob),
					await looksLikeImage(r.thumbnail),
					!!r.thumbnail
				])
			);
		});
		expect(stored).toEqual([[false, false, true]]);

		await userReload(page);
		await page.getByLabel(/Mã PIN của hồ sơ/).fill(pin);
		await page.getByRole('button', { name: 'Mở hồ sơ' }).click();
		await expect(page.getByText('Bước 6/')).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: 'giay-chung-sinh' })).toBeVisible();

		await endSession(page);
		await page.goto('/tiep-tuc');
		await page.getByRole('button', { name: /Mở hồ sơ Đăng ký khai sinh/ }).click();
		await page.getByLabel(/Mã PIN của hồ sơ/).fill(pin);
		await page
			.getByRole('region', { name: 'Hồ sơ đã lưu trên máy này' })
			.getByRole('button', { name: 'Mở hồ sơ', exact: true })
			.click();
		await expect(page.getByText('Bước 1/')).toBeVisible();
		for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Tiếp tục' }).click();
		const kept = page.getByRole('listitem').filter({ hasText: 'giay-chung-sinh' });
		await expect(kept.getByRole('img', { name: /Ảnh xem trước/ })).toBeVisible();

		// Remove, and the file is gone from the store too.
		await kept.getByRole('button', { name: /Bỏ tệp/ }).click();
		await expect(kept).toHaveCount(0);
		await expect
			.poll(() =>
				page.evaluate(async () => {
					const db = await new Promise<IDBDatabase>((r) => {
						const q = indexedDB.open('cung-lam');
						q.onsuccess = () => r(q.result);
					});
					return new Promise<number>((r) => {
						const q = db.transaction('attachments').objectStore('attachments').count();
						q.onsuccess = () => r(q.result);
					});
				})
			)
			.toBe(0);
	});

	test('a file of the wrong type gets a clear sentence and nothing is stored', async ({ page }) => {
		await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
		await walkSteps(page, birthRegistration, 5);
		await page.getByRole('radio', { name: 'Có' }).check();
		await page.getByLabel('Đính kèm giấy tờ').setInputFiles({
			name: 'ghi-chu.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from('xin chào')
		});
		await expect(page.getByRole('alert')).toContainText('Tệp “ghi-chu.txt” không đúng loại');
	});
});
