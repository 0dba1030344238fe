import { expect, test, type Page, type Route } from '@playwright/test';
import { todayInVietnam } from '../../src/lib/domain/validation/dates';
import { deviceSyncState, queueDossiers, sampleApplications } from './support/outbox';

/**
 * One poisoned entry never blocks the queue (issue 14): two dossiers wait on the device; the
 * first reaches the real server with a NUL in its answers, which the server cannot take. It is
 * refused on its item with "Gửi lại" and "Xoá", and the second is received all the same.
 */

const samples = sampleApplications(todayInVietnam(new Date()));

type PushBody = Record<
	string,
	{ json: { mutations: { id: number; payload: { answers: Answers; clientReference: string } }[] } }
>;
type Answers = Record<string, Record<string, unknown>>;

/** The first text answer with a NUL after it, as a scanner or a broken proxy might leave it. */
function withNul(answers: Answers): Answers {
	for (const fields of Object.values(answers)) {
		for (const [field, value] of Object.entries(fields)) {
			if (typeof value === 'string') {
				fields[field] = `${value}\u0000`;
				return answers;
			}
		}
	}
	throw new Error('no text answer to poison');
}

/**
 * Holds every tRPC call back while `online` is false (the PC is offline); then lets each reach
 * the real server, with a NUL put into the answers of the first mutation ever pushed (and of its
 * resends). Resolves `poisoned` with that mutation's local reference.
 */
async function poisonFirstPush(page: Page) {
	const state = { online: false, poisonedId: undefined as number | undefined, reference: '' };
	await page.route('**/api/trpc/**', async (route: Route) => {
		try {
			if (!state.online) return await route.abort('internetdisconnected');
			const request = route.request();
			const procedures = new URL(request.url()).pathname.split('/').pop()!.split(',');
			const at = procedures.indexOf('sync.push');
			if (at < 0 || request.method() !== 'POST') return await route.continue();
			const body = JSON.parse(request.postData() ?? '{}') as PushBody;
			for (const mutation of body[String(at)]!.json.mutations) {
				state.poisonedId ??= mutation.id;
				if (mutation.id !== state.poisonedId) continue;
				state.reference = mutation.payload.clientReference;
				mutation.payload.answers = withNul(mutation.payload.answers);
			}
			await route.continue({ postData: JSON.stringify(body) });
		} catch {
			// The page went away, or the route was handled already: nothing to do.
		}
	});
	return state;
}

/** Nudges the app's sync loop (it also runs on its own timer and backoff). */
const nudge = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('online')));

test('a dossier the server cannot take is refused on its item; the one after it is received', async ({
	browser
}) => {
	test.setTimeout(120_000);
	// Without the service worker: Playwright's routing does not see requests it forwards.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const line = await poisonFirstPush(page);
	await page.goto('/');
	const references = await queueDossiers(page, samples, 2);

	line.online = true;
	await expect
		.poll(
			async () => {
				await nudge(page);
				const device = await deviceSyncState(page);
				return device.outbox === 0 && device.submissions.filter((s) => s.dossierCode).length;
			},
			{ timeout: 60_000, intervals: [1_000] }
		)
		.toBe(1);
	// The first one pushed was poisoned, and it is the one without a code.
	expect(line.reference).toBe(references[0]);
	const device = await deviceSyncState(page);
	const byReference = new Map(device.submissions.map((s) => [s.localReference, s]));
	expect(byReference.get(references[0]!)?.dossierCode).toBeUndefined();
	expect(byReference.get(references[1]!)?.dossierCode).toMatch(/^[A-Z0-9.]+-\d{6}-\d{6}$/);

	// The first: refused, with its sentence and both actions.
	await page.goto(`/da-nop/${references[0]}`);
	const problem = page.getByRole('alert').filter({ hasText: 'Phường chưa nhận hồ sơ này' });
	await expect(problem).toBeVisible();
	await expect(problem).toContainText('Thông tin gửi đi chưa hợp lệ');
	await expect(problem.getByRole('button', { name: 'Gửi lại' })).toBeVisible();
	await expect(problem.getByRole('button', { name: 'Xoá hồ sơ này' })).toBeVisible();

	// The second: received, with its real code.
	await page.goto(`/da-nop/${references[1]}`);
	await expect(page.getByTestId('dossier-code')).toHaveText(
		byReference.get(references[1]!)!.dossierCode!
	);
	await expect(page.getByTestId('dossier-status')).toContainText('Đã tiếp nhận');

	// Over a clean line, "Gửi lại" sends the first again, and now it is received.
	await page.unroute('**/api/trpc/**');
	await page.goto(`/da-nop/${references[0]}`);
	await page.getByRole('button', { name: 'Gửi lại' }).click();
	await expect
		.poll(
			async () => {
				await nudge(page);
				const state = await deviceSyncState(page);
				return state.submissions.find((s) => s.localReference === references[0])?.dossierCode;
			},
			{ timeout: 60_000, intervals: [1_000] }
		)
		.toMatch(/^[A-Z0-9.]+-\d{6}-\d{6}$/);
	await expect(page.getByTestId('dossier-code')).toBeVisible();
	await context.close();
});
