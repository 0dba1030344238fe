import { expect, test, type Page } from '@playwright/test';
import { birthRegistration } from '../../src/testing/procedures/catalogue';
import type { ProcedureDefinition } from '../../src/lib/domain/procedures/procedure.schema';
import { addDays, todayInVietnam } from '../../src/lib/domain/validation/dates';
import { createAppServer } from './support/app-server';
import { waitForServiceWorkerControl } from './support/service-worker';
import { endSession, pin, startSession } from './support/session';
import { completeWizardByKeyboard } from './support/wizard';

/**
 * Issue 16: a new version of a procedure reaches the device on its next sync. A new draft starts
 * on it (its new field is there); a draft begun before keeps its version, says until when, and
 * is accepted by the server under that version.
 */
const newField = 'Tên tài khoản Zalo (nếu có)';
const v2: ProcedureDefinition = structuredClone(birthRegistration);
v2.version = birthRegistration.version + 1;
v2.summary = { vi: 'Bản mới: khai sinh cho trẻ em, có thêm ô Zalo.', en: 'New version.' };
v2.steps[0]!.fields.push({
	kind: 'text',
	id: 'zalo',
	label: { vi: newField, en: 'Zalo account name (if any)' },
	help: { vi: 'Để cán bộ nhắn khi cần bổ sung.', en: 'So the officer can send a message.' },
	coaching: { vi: 'Không bắt buộc.', en: 'Optional.' },
	required: false,
	maxLength: 100
});

/** The administrator's API, as the administrator's screen calls it (tRPC, superjson body). */
async function publishAsAdmin(page: Page, document: ProcedureDefinition, effectiveFrom: string) {
	const call = async (path: string, input: unknown) => {
		const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
		expect(response.ok(), `${path}: ${await response.text()}`).toBe(true);
		return ((await response.json()) as { result: { data: { json: unknown } } }).result.data.json;
	};
	await call('auth.login', { username: 'quantri.demo', password: 'own-server' });
	const uploaded = (await call('procedureAdmin.upload', {
		fileName: 'khai-sinh.json',
		contentBase64: Buffer.from(JSON.stringify(document)).toString('base64')
	})) as { ok: boolean; drafts?: { id: string; version: number }[] };
	expect(uploaded).toMatchObject({
		ok: true,
		drafts: [{ id: document.id, version: document.version }]
	});
	await call('procedureAdmin.publish', {
		id: document.id,
		version: document.version,
		effectiveFrom
	});
}

test('a new version reaches the device: new drafts get its field, a draft begun before keeps its version and is accepted', async ({
	browser
}) => {
	test.setTimeout(180_000);
	// Its own server: the shared one keeps the shipped catalogue for the other tests.
	const server = await createAppServer();
	try {
		const device = await browser.newContext({ baseURL: server.url });
		const page = await device.newPage();
		await page.goto('/');
		await waitForServiceWorkerControl(page);

		// A draft begun on the version in effect today, kept on this PC.
		await startSession(page, { keepOnDevice: true, procedureSlug: birthRegistration.slug });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			birthRegistration.steps[0]!.title.vi
		);
		await expect(page.getByLabel(newField)).toHaveCount(0);
		await endSession(page);

		const today = todayInVietnam(new Date());
		const admin = await browser.newContext({ baseURL: server.url });
		await publishAsAdmin(await admin.newPage(), v2, today);
		await admin.close();

		// The device's next sync (a page asks on start) brings the new version to open pages.
		await page.goto(`/thu-tuc/${birthRegistration.slug}`);
		await expect(page.getByText(v2.summary.vi)).toBeVisible({ timeout: 20_000 });

		// A new draft starts on the new version: the added field is on its first step.
		await startSession(page, { procedureSlug: birthRegistration.slug });
		await expect(page.getByLabel(newField)).toBeVisible();
		await endSession(page);

		// The draft begun before opens on its own version, says until when, and is sent under it.
		await page.goto('/tiep-tuc');
		await page.getByRole('button', { name: /Mở hồ sơ Đăng ký khai sinh/ }).click();
		await page.getByLabel(/Mã PIN của hồ sơ/).fill(pin);
		await page
			.getByRole('region', { name: 'Hồ sơ đã lưu trên máy này' })
			.getByRole('button', { name: 'Mở hồ sơ', exact: true })
			.click();
		const until = addDays(today, 30).split('-').reverse().join('/');
		await expect(page.getByRole('status').filter({ hasText: 'biểu mẫu cũ' })).toContainText(until);
		await expect(page.getByLabel(newField)).toHaveCount(0);
		await completeWizardByKeyboard(page, birthRegistration);
		await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
		await expect(page.getByTestId('dossier-code')).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/);
		await expect(page.getByTestId('dossier-status')).toContainText('Đã tiếp nhận');
		// It was sent naming the version it was begun on (the device keeps what it sent).
		const sentUnder = await page.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('cung-lam');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const rows = await new Promise<{ procedureVersion?: number }[]>((resolve, reject) => {
				const request = db.transaction('submissions').objectStore('submissions').getAll();
				request.onsuccess = () => resolve(request.result as { procedureVersion?: number }[]);
				request.onerror = () => reject(request.error);
			});
			db.close();
			return rows.map((row) => row.procedureVersion);
		});
		expect(sentUnder).toEqual([birthRegistration.version]);
		await device.close();
	} finally {
		await server.dispose();
	}
});
