// Autosave latency (target: p95 ≤ 15 ms). Measured in Chromium on the production build: from a
// keystroke to the committed strict-durability IndexedDB write of the encrypted draft, as the
// app's own User Timing measure 'cunglam:autosave' records it (the autosaver starts a measure at
// the first edit of a coalesced batch, so a batched keystroke is not flattered).
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { startProductionServer } from './support/server';
import { median, percentile } from './support/stats';

const edits = 500;
// Between keystrokes: long enough that most edits are written one by one, as a citizen types.
const pauseMs = 25;
const minMeasures = 100;
const measureName = 'cunglam:autosave';
const pin = '2468';

/**
 * 500 characters typed into the requester's "Họ, chữ đệm và tên" on the first step (issue 19 moved
 * the address to the second), in rounds of 100, the box's length, cleared in between.
 */
const roundLength = 100;
const round = 'Nguyễn Thị Lan Anh '.repeat(6).slice(0, roundLength);
const rounds = edits / roundLength;

const server = await startProductionServer();
let browser: Browser | undefined;
try {
	browser = await chromium.launch(chromiumLaunchOptions());
	// No service worker: its precache download would compete with the writes being measured.
	const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block' });
	const page = await context.newPage();

	// A citizen session, no consents: the draft is still autosaved while the session lasts.
	await page.goto(`${server.url}/phien-moi?thu-tuc=dang-ky-khai-sinh`);
	await page.getByLabel('Mã PIN', { exact: true }).fill(pin);
	await page.getByLabel('Nhập lại mã PIN').fill(pin);
	await page.getByRole('button', { name: 'Bắt đầu' }).click();
	await page.getByLabel('Họ, chữ đệm và tên').waitFor();

	const saved = page.getByRole('status').filter({ hasText: /^Đã lưu$/ });
	const field = page.getByLabel('Họ, chữ đệm và tên').first();
	await field.click();
	// Only the edits below count, not the save of the new, empty draft.
	await saved.waitFor();
	await page.evaluate((name) => performance.clearMeasures(name), measureName);

	for (let i = 0; i < rounds; i++) {
		if (i > 0) await field.fill('');
		await page.keyboard.type(round, { delay: pauseMs });
	}

	// Nothing pending any more: "Đã lưu" shows, and no further measure arrives.
	await saved.waitFor();
	const count = () =>
		page.evaluate((name) => performance.getEntriesByName(name).length, measureName);
	for (let last = -1, now = await count(); now !== last;) {
		await page.waitForTimeout(300);
		[last, now] = [now, await count()];
	}
	const typed = await field.inputValue();
	if (typed !== round) {
		throw new Error(
			`the field holds ${typed.length} of the last round's ${roundLength} characters`
		);
	}

	const durations = await page.evaluate(
		(name) => performance.getEntriesByName(name).map((entry) => entry.duration),
		measureName
	);
	if (durations.length < minMeasures) {
		throw new Error(
			`only ${durations.length} '${measureName}' measures for ${edits} edits (need ${minMeasures})`
		);
	}
	const sorted = durations.sort((a, b) => a - b);
	console.log(
		`autosave_measures ${sorted.length} for ${edits} edits (max ${sorted.at(-1)!.toFixed(2)} ms)`
	);
	console.log(`BENCH autosave_median_ms ${median(sorted).toFixed(2)} ms`);
	console.log(`BENCH autosave_p95_ms ${percentile(sorted, 95).toFixed(2)} ms`);
} finally {
	await browser?.close();
	await server.stop();
}
