import { expect, test, type Page, type Route } from '@playwright/test';
import { todayInVietnam } from '../../src/lib/domain/validation/dates';
import { createAppServer, type AppServer } from './support/app-server';
import { printAndCapture } from './support/pdf';
import { deviceSyncState, queueDossiers, sampleApplications } from './support/outbox';
import {
	userReload,
	waitForPrintingCache,
	waitForProcedureCatalogue,
	waitForServiceWorkerControl
} from './support/service-worker';

/**
 * Exactly once, whatever fails: dossiers queued on the device reach a server of this test's
 * own while requests are aborted, answers are dropped after the server acted, replies are
 * delayed, and the server process is killed and started again.
 */

const samples = sampleApplications(todayInVietnam(new Date()));

/** A deterministic generator, so a failing run can be repeated with the same faults. */
function generator(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1_664_525 + 1_013_904_223) >>> 0;
		return state / 2 ** 32;
	};
}

type FaultCounts = { aborted: number; dropped: number; delayed: number; passed: number };

/**
 * Faults on every tRPC call: lost before the server (abort), lost after it (the request is
 * carried out, then the answer is dropped), slow, or untouched.
 */
async function injectFaults(page: Page, seed: number): Promise<FaultCounts> {
	const random = generator(seed);
	const counts: FaultCounts = { aborted: 0, dropped: 0, delayed: 0, passed: 0 };
	// The first calls take each fault in turn, so every kind fires whatever the dice say later.
	const opening = [0.1, 0.3, 0.45];
	await page.route('**/api/trpc/**', async (route: Route) => {
		const roll = opening.shift() ?? random();
		try {
			if (roll < 0.2) {
				counts.aborted++;
				return await route.abort('connectionreset');
			}
			if (roll < 0.4) {
				counts.dropped++;
				await route.fetch().catch(() => undefined);
				return await route.abort('connectionreset');
			}
			if (roll < 0.5) {
				counts.delayed++;
				await new Promise((r) => setTimeout(r, 300 + random() * 1_200));
			} else counts.passed++;
			await route.continue();
		} catch {
			// The page went away or the route was already handled: nothing to do.
		}
	});
	return counts;
}

type ServerView = { codes: string[]; references: string[] };

/** Every dossier the server holds for this device, through the public pull. */
async function serverDossiers(server: AppServer, clientId: string): Promise<ServerView> {
	const codes: string[] = [];
	const references: string[] = [];
	let cursor: string | undefined;
	for (;;) {
		const input = encodeURIComponent(JSON.stringify({ json: { clientId, cursor } }));
		const response = await fetch(`${server.url}/api/trpc/sync.pull?input=${input}`);
		const body = (await response.json()) as {
			result: {
				data: {
					json: { cursor: string; changes: { dossierCode: string; clientReference: string }[] };
				};
			};
		};
		const page = body.result.data.json;
		for (const change of page.changes) {
			codes.push(change.dossierCode);
			references.push(change.clientReference);
		}
		if (page.changes.length < 500) return { codes, references };
		cursor = page.cursor;
	}
}

/** Nudges the app's sync loop (it also runs on its own timer and backoff). */
const nudge = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('online')));

async function drained(page: Page, count: number, timeout: number): Promise<void> {
	await expect
		.poll(
			async () => {
				await nudge(page);
				const state = await deviceSyncState(page);
				return state.outbox === 0 && state.submissions.filter((s) => s.dossierCode).length;
			},
			{ timeout, intervals: [1_000] }
		)
		.toBe(count);
}

test.describe('sync under faults', () => {
	test.describe.configure({ mode: 'serial', timeout: 300_000 });
	let server: AppServer;
	test.beforeAll(async () => {
		// A first start migrates a new PGlite folder: on a busy 2-core machine that alone can
		// take longer than the default 30 s a hook gets.
		test.setTimeout(120_000);
		server = await createAppServer();
	});
	test.afterAll(async () => {
		await server?.dispose();
	});

	test('200 dossiers, random faults and two server kills: 200 on the server, each once', async ({
		browser
	}) => {
		// Without the service worker: Playwright's routing does not see requests it forwards.
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(server.url);
		const faults = await injectFaults(page, 20261122);
		const references = await queueDossiers(page, samples, 200);
		expect(new Set(references).size).toBe(200);
		await nudge(page);

		// Kill the server twice while the queue drains, and start it again each time.
		for (let round = 0; round < 2; round++) {
			await expect
				.poll(async () => (await deviceSyncState(page)).outbox, { timeout: 120_000 })
				.toBeLessThan(200 - 60 * (round + 1));
			await server.kill();
			await page.waitForTimeout(1_000);
			await server.start();
			await nudge(page);
		}

		await drained(page, 200, 180_000);
		await page.unroute('**/api/trpc/**');
		const device = await deviceSyncState(page);
		const onServer = await serverDossiers(server, device.clientId);
		expect(onServer.references.sort()).toEqual([...references].sort());
		expect(new Set(onServer.codes).size).toBe(200);
		expect(device.submissions.map((s) => s.dossierCode).sort()).toEqual(onServer.codes.sort());
		// The faults did fire.
		expect(faults.aborted).toBeGreaterThan(0);
		expect(faults.dropped).toBeGreaterThan(0);
		await context.close();
	});

	test('offline, then online: queued on the device, then sent once, header follows', async ({
		page,
		context
	}) => {
		await page.goto(server.url);
		await waitForServiceWorkerControl(page);
		// The printing code is not in the first visit's precache: it arrives once the app is idle.
		await waitForPrintingCache(page);
		await waitForProcedureCatalogue(page);
		const before = (await deviceSyncState(page)).submissions.length;
		await context.setOffline(true);
		await expect(page.getByText('Đang ngoại tuyến')).toBeVisible();
		const references = await queueDossiers(page, samples, 20);
		await userReload(page);
		// Served by the service worker; the header counts what waits.
		await expect(page.getByRole('status', { name: 'Trạng thái kết nối' })).toContainText(
			'Đang ngoại tuyến · Chờ gửi: 20 hồ sơ'
		);
		await Promise.all([
			page.waitForEvent('load'),
			page.evaluate((r) => location.assign(`/da-nop/${r}`), references[0]!)
		]);
		await expect(page.getByTestId('pending-mark')).toHaveText('Chờ gửi');
		await expect(page.getByTestId('local-reference')).toHaveText(references[0]!);
		// Offline, the "Chờ gửi" slip prints: the receipt worker and the fonts come from the printing cache.
		const slip = await printAndCapture(page);
		expect(slip).toContain('CHỜ GỬI');
		expect(slip).toContain(references[0]!);

		await context.setOffline(false);
		await expect(page.getByText('Đã đồng bộ')).toBeVisible({ timeout: 60_000 });
		await expect(page.getByTestId('dossier-code')).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/);
		await expect(page.getByTestId('dossier-status')).toContainText('Đã tiếp nhận');
		await expect(page.getByTestId('dossier-due-date')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);

		await drained(page, before + 20, 60_000);
		const device = await deviceSyncState(page);
		const onServer = await serverDossiers(server, device.clientId);
		expect(new Set(onServer.references).size).toBe(onServer.references.length);
		for (const reference of references) expect(onServer.references).toContain(reference);
	});
});
