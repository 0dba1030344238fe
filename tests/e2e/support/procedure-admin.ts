import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { ProcedureDefinition } from '../../../src/lib/domain/procedures/procedure.schema';
import { tabTo } from './keyboard';

/** The own server's seeded password (support/app-server.ts). */
export const ownServerPassword = 'own-server';

/** A context on a server of the test's own, logged in as its administrator. */
export async function adminOn(
	browser: Browser,
	baseURL: string
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ baseURL });
	const page = await context.newPage();
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill('quantri.demo');
	await page.getByLabel('Mật khẩu').fill(ownServerPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(staffMenu(page).getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
	return { context, page };
}

export const staffMenu = (page: Page) => page.getByRole('navigation', { name: 'Trang của cán bộ' });

/** A document as the file an official would pick. */
export const documentFile = (document: unknown, name = 'thu-tuc.json') => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(JSON.stringify(document, null, 2))
});

/** A shipped document as its next version: a copy, changed by `change`. */
export function nextVersion(
	definition: ProcedureDefinition,
	change: (draft: ProcedureDefinition) => void
): ProcedureDefinition {
	const next = structuredClone(definition);
	next.version = definition.version + 1;
	change(next);
	return next;
}

/** Picks the file through the file chooser, from the keyboard: Space on the focused input. */
export async function chooseFileByKeyboard(
	page: Page,
	file: ReturnType<typeof documentFile>
): Promise<void> {
	await tabTo(page, { id: 'procedure-file' });
	const chooser = page.waitForEvent('filechooser');
	await page.keyboard.press('Space');
	await (await chooser).setFiles(file);
}

/** The device's drafts and outbox, counted straight from IndexedDB (0 when it has none yet). */
export async function storedOnDevice(page: Page): Promise<{ drafts: number; outbox: number }> {
	return page.evaluate(async () => {
		if (!(await indexedDB.databases()).some((d) => d.name === 'cung-lam'))
			return { drafts: 0, outbox: 0 };
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const r = indexedDB.open('cung-lam');
			r.onsuccess = () => resolve(r.result);
			r.onerror = () => reject(r.error);
		});
		const count = (store: string) =>
			db.objectStoreNames.contains(store)
				? new Promise<number>((resolve, reject) => {
						const r = db.transaction(store, 'readonly').objectStore(store).count();
						r.onsuccess = () => resolve(r.result);
						r.onerror = () => reject(r.error);
					})
				: Promise.resolve(0);
		const counts = { drafts: await count('drafts'), outbox: await count('outbox') };
		db.close();
		return counts;
	});
}
