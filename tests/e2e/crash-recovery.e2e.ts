import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { launchChromiumProcess, type ChromiumProcess } from './support/chromium-process';
import { birthRegistration } from '../../src/testing/procedures/catalogue';
import { expectSaved, pin } from './support/session';
import { walkSteps } from './support/wizard';

// Playwright's baseURL does not reach a browser connected over CDP.
const origin = () => `http://127.0.0.1:${process.env.E2E_PORT}`;

const streetLabel = 'Số nhà, đường, thôn, tổ dân phố';
// Long enough that the typing (50 ms a key) is still going when the process is killed.
const street =
	'Số 12 ngõ 45 phố Đội Cấn, tổ dân phố số 7, gần chợ Ngọc Hà, đối diện trường tiểu học, ' +
	'rẽ trái ở ngã ba thứ hai rồi đi thẳng khoảng năm mươi mét là tới nhà có cổng màu xanh';

/** startSession with absolute URLs, consenting to keep the draft on this PC. */
async function startKeptSession(page: Page): Promise<void> {
	await page.goto(`${origin()}/phien-moi?thu-tuc=dang-ky-khai-sinh`);
	await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
	await page.getByLabel('Nhập lại mã PIN').fill(pin);
	await page.getByLabel(/Giữ hồ sơ đang làm trên máy này/).check();
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await expect(page.getByRole('button', { name: 'Kết thúc phiên' })).toBeVisible();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Module state, so that a timed-out test still has its browsers killed and its profile removed.
let profile: string | undefined;
const launched: ChromiumProcess[] = [];

async function launch(): Promise<ChromiumProcess> {
	profile ??= mkdtempSync(path.join(tmpdir(), 'cunglam-crash-profile-'));
	const browser = await launchChromiumProcess(profile);
	launched.push(browser);
	return browser;
}

test.afterEach(async () => {
	for (const browser of launched.splice(0)) await browser.kill();
	if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
	profile = undefined;
});

test('a browser killed mid-typing keeps everything typed up to a second before', async () => {
	test.setTimeout(90_000);

	// 1. Type, and kill the browser process while the keys are still coming.
	const crashed = await launch();
	const first = crashed.page;
	await startKeptSession(first);
	// The requester's step from the sample case, then the address on the contact step.
	await walkSteps(first, birthRegistration, 1);
	await expectSaved(first);
	const requester = birthRegistration.sampleCase!.requester!.person as { fullName: string };

	const field = first.getByLabel(streetLabel);
	await field.click();
	// Not awaited: it is still typing when the process dies, and then it fails.
	const typing = first.keyboard.type(street, { delay: 50 }).catch(() => undefined);
	await sleep(500);
	// Everything typed by now must survive: the kill comes at least one second later.
	const typedBefore = await field.inputValue();
	await sleep(1_000);
	const typedAtKill = await field.inputValue();
	await crashed.kill();
	await typing;
	expect(typedBefore.length, 'the typing had started').toBeGreaterThan(3);
	expect(street.startsWith(typedBefore)).toBe(true);
	expect(typedAtKill.length, 'the typing was still going at the kill').toBeLessThan(street.length);

	// 2. The same profile again: the draft is listed, and opens with the PIN.
	const second = (await launch()).page;
	await second.goto(`${origin()}/tiep-tuc`);
	await second.getByRole('button', { name: /^Mở hồ sơ Đăng ký khai sinh/ }).click();
	await second.getByLabel(/Mã PIN của hồ sơ/).fill(pin);
	await second
		.getByRole('region', { name: 'Hồ sơ đã lưu trên máy này' })
		.getByRole('button', { name: 'Mở hồ sơ', exact: true })
		.click();

	await expect(second.getByLabel('Họ, chữ đệm và tên')).toHaveValue(requester.fullName);
	await second.getByRole('button', { name: 'Tiếp tục' }).click();
	const recovered = await second.getByLabel(streetLabel).inputValue();
	test.info().annotations.push({
		type: 'typing',
		description: `${typedBefore.length} characters 1 s before the kill, ${typedAtKill.length} at the kill, ${recovered.length} recovered`
	});
	expect(recovered.startsWith(typedBefore), `"${recovered}" keeps "${typedBefore}"`).toBe(true);
	expect(street.startsWith(recovered), `"${recovered}" is what was typed`).toBe(true);
});
