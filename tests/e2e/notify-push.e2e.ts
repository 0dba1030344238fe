import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import webpush from 'web-push';
import { civilStatusExtractCopy } from '../../src/testing/procedures/catalogue';
import { expectNoAxeViolations } from './support/a11y';
import { createAppServer, type AppServer } from './support/app-server';
import { waitForServiceWorkerControl } from './support/service-worker';
import { endButton, pin } from './support/session';
import { completeWizardByKeyboard } from './support/wizard';

const phoneLast4 = '5678'; // the sample cases' phone, 0912345678

/**
 * Issue 20's third channel: Web Push at home, with its own consent, on a server of the test's
 * own started with VAPID keys. The look-up offers "Nhận thông báo trên máy này" on a citizen's
 * own browser, never on a shared access-point PC; a blocked permission gets a plain sentence.
 */
test.describe('Web Push consent at the look-up', () => {
	let server: AppServer;
	let code: string;

	test.beforeAll(async ({ browser }) => {
		test.setTimeout(120_000);
		const vapid = webpush.generateVAPIDKeys();
		server = await createAppServer({
			VAPID_PUBLIC_KEY: vapid.publicKey,
			VAPID_PRIVATE_KEY: vapid.privateKey,
			VAPID_SUBJECT: 'mailto:motcua@example.vn'
		});
		const desk = await contextOn(browser, server.url);
		code = await submit(await desk.newPage());
		await desk.close();
	});
	test.afterAll(async () => {
		await server?.dispose();
	});

	test('a blocked permission is said plainly, and nothing is stored', async ({ browser }) => {
		const context = await contextOn(browser, server.url);
		try {
			const page = await context.newPage();
			await lookUpAtHome(page, code);
			const consents = page.getByTestId('contact-consents');
			const offer = consents.getByRole('button', { name: 'Nhận thông báo trên máy này' });
			await expect(offer).toHaveAccessibleDescription(/Chỉ bật trên máy của riêng Ông\/Bà/);
			await expectNoAxeViolations(page);
			// A headless browser never asked refuses notifications: as a citizen who blocked them.
			await offer.click();
			await expect(consents.getByRole('alert')).toHaveText(
				/Trình duyệt đang chặn thông báo của trang này nên chưa bật được/
			);
			await expect(offer).toHaveAccessibleDescription(/đang chặn thông báo/);
			await expectNoAxeViolations(page);
			await expect(consents.locator('li[data-channel="push"]')).toHaveCount(0);
		} finally {
			await context.close();
		}
	});

	test('granted: headless Chromium has no push service and says so; a stored consent shows on and is withdrawn', async ({
		browser
	}) => {
		const context = await contextOn(browser, server.url);
		try {
			await context.grantPermissions(['notifications']);
			const page = await context.newPage();
			await lookUpAtHome(page, code);
			const consents = page.getByTestId('contact-consents');
			const offer = consents.getByRole('button', { name: 'Nhận thông báo trên máy này' });
			// Chromium headless has no push service to register with: subscribe() fails, and the
			// citizen is told the browser could not sign up, not that it worked.
			await offer.click();
			await expect(consents.getByRole('alert')).toHaveText(
				/Trình duyệt này chưa đăng ký nhận thông báo được/
			);
			const push = consents.locator('li[data-channel="push"]');
			await expect(push).toHaveCount(0);

			// What the browser sends once a push service answered, sent here by the test in its
			// stead, under the same proof; the look-up then shows the consent from the server.
			const stored = await page.request.post('/api/trpc/notifications.subscribePush?batch=1', {
				data: { 0: { json: { code, phoneLast4, subscription: browserSubscription() } } }
			});
			expect(stored.ok()).toBe(true);
			await lookUpAtHome(page, code);
			await expect(push).toContainText('Thông báo trên máy: đang nhận');
			await expect(offer).toHaveCount(0);
			await expectNoAxeViolations(page);

			await consents.getByRole('button', { name: 'Thôi nhận thông báo trên máy' }).click();
			await expect(consents.getByRole('status')).toHaveText(/Đã thôi nhận/);
			await expect(push.getByTestId('contact-state')).toHaveText('đã thôi nhận');
			// Off again: this browser may be offered it anew.
			await expect(offer).toBeVisible();
			await page.reload();
			await lookUpAtHome(page, code);
			await expect(push.getByTestId('contact-state')).toHaveText('đã thôi nhận');
		} finally {
			await context.close();
		}
	});

	test('the service worker shows the transport’s message with the look-up link', async ({
		browser
	}) => {
		const context = await contextOn(browser, server.url);
		try {
			await context.grantPermissions(['notifications']);
			const page = await context.newPage();
			await page.goto('/');
			await waitForServiceWorkerControl(page);
			// The payload's shape is transports/push.ts's; DevTools delivers it as a push service would.
			const cdp = await context.newCDPSession(page);
			const registered = new Promise<string>((resolve) =>
				cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
					const live = registrations.find((r) => !r.isDeleted);
					if (live) resolve(live.registrationId);
				})
			);
			await cdp.send('ServiceWorker.enable');
			const registrationId = await registered;
			const lookupUrl = `https://motcua.example.vn/tra-cuu?ma=${encodeURIComponent(code)}`;
			const deliver = () =>
				cdp.send('ServiceWorker.deliverPushMessage', {
					origin: server.url,
					registrationId,
					data: JSON.stringify({
						title: `Hồ sơ ${code} đã được tiếp nhận`,
						body: `Hẹn trả kết quả. Xem: ${lookupUrl}`,
						url: lookupUrl,
						tag: 'notification-1'
					})
				});
			const shown = () =>
				page.evaluate(async () =>
					(await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
						title: n.title,
						body: n.body,
						tag: n.tag,
						url: (n.data as { url: string }).url
					}))
				);
			await deliver();
			// On a loaded machine a message delivered while the worker was still waking was seen to be
			// lost: it is delivered again until one shows (the tag keeps it to one notification).
			await expect
				.poll(
					async () => {
						const list = await shown();
						if (list.length === 0) await deliver();
						return list;
					},
					{ timeout: 30_000 }
				)
				.toEqual([
					{
						title: `Hồ sơ ${code} đã được tiếp nhận`,
						body: `Hẹn trả kết quả. Xem: ${lookupUrl}`,
						tag: 'notification-1',
						// Opened in this app, whatever address the office printed.
						url: `${server.url}/tra-cuu?ma=${encodeURIComponent(code)}`
					}
				]);
		} finally {
			await context.close();
		}
	});

	test('never offered on a shared access-point PC', async ({ browser }) => {
		const context = await contextOn(browser, server.url);
		try {
			// What a staff login at the access point leaves on the PC.
			await context.addInitScript(() =>
				localStorage.setItem('cunglam.device.accessPoint', 'ward-demo')
			);
			await context.grantPermissions(['notifications']);
			const page = await context.newPage();
			await lookUpAtHome(page, code);
			await expect(page.getByTestId('dossier-code')).toHaveText(code);
			// The look-up's other parts have settled; the offer never comes.
			await page.waitForTimeout(1_500);
			await expect(page.getByRole('button', { name: 'Nhận thông báo trên máy này' })).toHaveCount(
				0
			);
		} finally {
			await context.close();
		}
	});
});

/** A subscription as PushSubscription.toJSON() gives it (keys of the RFC 8291 sizes). */
function browserSubscription() {
	return {
		endpoint: 'https://push.example.net/send/e2e-device',
		keys: {
			p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 7)]).toString('base64url'),
			auth: Buffer.alloc(16, 9).toString('base64url')
		}
	};
}

async function contextOn(browser: Browser, baseURL: string): Promise<BrowserContext> {
	return browser.newContext({ baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
}

/** The app opened at home (its service worker in control), then the dossier looked up. */
async function lookUpAtHome(page: Page, dossierCode: string) {
	await page.goto('/');
	await waitForServiceWorkerControl(page);
	await page.goto(`/tra-cuu?ma=${encodeURIComponent(dossierCode)}`);
	await page.getByLabel('4 số cuối số điện thoại').fill(phoneLast4);
	await page.getByRole('button', { name: 'Tra cứu hồ sơ' }).click();
	await expect(page.getByTestId('dossier-code')).toHaveText(dossierCode);
}

async function submit(page: Page): Promise<string> {
	await page.goto(`/phien-moi?thu-tuc=${civilStatusExtractCopy.slug}`);
	await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
	await page.getByLabel('Nhập lại mã PIN').fill(pin);
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(endButton(page)).toBeVisible();
	await completeWizardByKeyboard(page, civilStatusExtractCopy);
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	const codeText = page.getByTestId('dossier-code');
	await expect(codeText).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/, { timeout: 30_000 });
	return (await codeText.textContent())!.trim();
}
