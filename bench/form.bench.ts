/**
 * The birth registration's first step against a plain HTML page with the same fields, in one run
 * of one Chromium at 4× CPU slowdown (issue 18: an access point's old PC).
 *
 * - Keystroke → next frame (support/keystrokes.ts): 60 keys typed one at a time into "Họ, chữ đệm
 *   và tên" on each page, in rounds that alternate plain and ours so that the machine's load falls
 *   on both alike. ASCII keys, as Telex typing sends them.
 * - Session start: from the click on "Bắt đầu" on the PIN page to the form's first field editable
 *   (present, visible, enabled, stamped at an animation frame), in a fresh browser context each
 *   time; then the app's key derivation alone (support/key-derivation-in-page.ts) in the same page.
 *
 * No service worker (as in the autosave bench): its precache download would compete with what is
 * measured. Run: npm run bench -- form
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { PIN_ITERATIONS } from '../src/lib/client/vault/pin-key';
import { birthRegistration } from '../src/testing/procedures/catalogue';
import { deriveInPage } from './support/key-derivation-in-page';
import { typeAndMeasure } from './support/keystrokes';
import { plainFirstStep } from './support/plain-form';
import { startProductionServer } from './support/server';
import { median, percentile } from './support/stats';

const CPU_SLOWDOWN = 4;
const WARM_UP = 1;
const SESSIONS = 5;
const KEYSTROKE_ROUNDS = 3;
const KEYS = 60;
// A volunteer-paced typist: ~6 keys a second.
const PAUSE_MS = 160;
const PIN = '2468';
const text = 'Nguyen Thi Lan Anh '.repeat(4).slice(0, KEYS);

const { step, html } = plainFirstStep(birthRegistration);
const firstPerson = step.fields.find((f) => f.kind === 'person');
if (!firstPerson) throw new Error(`the first step "${step.id}" has no person field`);
const nameField = `#f-${step.id}-${firstPerson.id}-fullName`;

async function throttledPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
	return page;
}

/** Starts a session on the PIN page; answers ms from the click to the first field editable. */
async function startSession(page: Page, appUrl: string): Promise<number> {
	await page.goto(`${appUrl}/phien-moi?thu-tuc=${birthRegistration.slug}`);
	// Typed as a person types a PIN (the app may warm up meanwhile), not filled at once.
	await page.getByLabel('Mã PIN', { exact: true }).pressSequentially(PIN, { delay: PAUSE_MS });
	await page.getByLabel('Nhập lại mã PIN').pressSequentially(PIN, { delay: PAUSE_MS });
	await page.waitForTimeout(500);
	const button = page.getByRole('button', { name: 'Bắt đầu' });
	await button.waitFor();
	// The watch runs in the page, one cheap check per animation frame: Playwright's own `raf`
	// polling of a predicate costs the throttled page 40–60 ms of its CPU and delayed what it
	// measured (seen side by side in one run). The stamp is the frame the field is editable in.
	// A string, not a function: tsx names nested functions with a helper the page does not have.
	await page.evaluate(`document.addEventListener('click', (event) => {
		window.__clickedAt = performance.timeOrigin + event.timeStamp;
		const watch = () => {
			const field = document.querySelector(${JSON.stringify(nameField)});
			if (field && !field.disabled && !field.readOnly && field.getClientRects().length > 0)
				window.__editableAt = performance.timeOrigin + performance.now();
			else requestAnimationFrame(watch);
		};
		requestAnimationFrame(watch);
	}, { capture: true, once: true })`);
	await button.click();
	// Read back at a gentle interval, after the fact: nothing polls the page while it works.
	await page.waitForFunction(
		() => (window as unknown as { __editableAt?: number }).__editableAt !== undefined,
		undefined,
		{ polling: 250, timeout: 60_000 }
	);
	const { clickedAt, editableAt } = await page.evaluate(() => {
		const marks = window as unknown as { __clickedAt: number; __editableAt: number };
		return { clickedAt: marks.__clickedAt, editableAt: marks.__editableAt };
	});
	return editableAt - clickedAt;
}

const plainServer = createServer((_, response) => {
	response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
	response.end(html);
});
await new Promise<void>((resolve) => plainServer.listen(0, '127.0.0.1', resolve));
const plainUrl = `http://127.0.0.1:${(plainServer.address() as AddressInfo).port}/`;

const server = await startProductionServer();
let browser: Browser | undefined;
try {
	browser = await chromium.launch(chromiumLaunchOptions());
	const contextOptions = { locale: 'vi-VN', serviceWorkers: 'block' } as const;
	const sessionTimes: number[] = [];
	const kdfTimes: number[] = [];
	const keys = { plain: [] as number[], ours: [] as number[] };
	const frames = { plain: [] as number[], ours: [] as number[] };
	const entries = { plain: 0, ours: 0 };

	for (let run = 0; run < WARM_UP + SESSIONS; run++) {
		const measured = run >= WARM_UP;
		const context = await browser.newContext(contextOptions);
		try {
			const page = await throttledPage(context);
			const sessionMs = await startSession(page, server.url);
			const [kdfMs] = await deriveInPage(page, { pin: PIN, iterations: PIN_ITERATIONS, total: 1 });
			if (measured) {
				sessionTimes.push(sessionMs);
				kdfTimes.push(kdfMs!);
				console.log(
					`form_session_run ${sessionMs.toFixed(0)} ms, key derivation ${kdfMs!.toFixed(0)} ms`
				);
			}
			if (!measured || run - WARM_UP >= KEYSTROKE_ROUNDS) continue;

			const plainContext = await browser.newContext(contextOptions);
			try {
				const plainPage = await throttledPage(plainContext);
				await plainPage.goto(plainUrl);
				const plain = await typeAndMeasure(plainPage, nameField, text, PAUSE_MS);
				keys.plain.push(...plain.perKey);
				frames.plain.push(...plain.frameOnly);
				entries.plain += plain.eventTimingEntries;
			} finally {
				await plainContext.close();
			}
			// Let the new draft's first save settle, as a citizen reads the step before typing.
			await page.waitForTimeout(1_000);
			const ours = await typeAndMeasure(page, nameField, text, PAUSE_MS);
			keys.ours.push(...ours.perKey);
			frames.ours.push(...ours.frameOnly);
			entries.ours += ours.eventTimingEntries;
			if ((await page.inputValue(nameField)) !== text)
				throw new Error('the form did not receive every key typed');
		} finally {
			await context.close();
		}
	}

	for (const [name, values] of Object.entries(keys)) {
		if (values.length !== KEYS * KEYSTROKE_ROUNDS || values.some(Number.isNaN))
			throw new Error(`${name}: ${values.length} keystrokes measured, some without a frame`);
	}
	const p95 = (values: number[]) => percentile(values, 95);
	const f = (value: number) => value.toFixed(1);
	console.log(`form_cpu_slowdown ${CPU_SLOWDOWN}x, ${KEYS * KEYSTROKE_ROUNDS} keys per page`);
	// Timings at 4× slowdown move with the machine's other work: the load belongs with the figures.
	console.log(
		`form_load_average ${loadavg()
			.map((l) => l.toFixed(2))
			.join(' ')}`
	);
	console.log(
		`form_keystroke_median_ms plain ${f(median(keys.plain))}, ours ${f(median(keys.ours))}`
	);
	console.log(
		`form_keystroke_event_timing_entries plain ${entries.plain}, ours ${entries.ours} (≥ 16 ms)`
	);
	console.log(
		`form_keystroke_frame_p95_ms plain ${f(p95(frames.plain))}, ours ${f(p95(frames.ours))} (animation frame stamp only)`
	);
	console.log(`BENCH form_keystroke_p95_ms_plain ${f(p95(keys.plain))} ms`);
	console.log(`BENCH form_keystroke_p95_ms ${f(p95(keys.ours))} ms`);
	console.log(`BENCH form_keystroke_p95_ratio ${(p95(keys.ours) / p95(keys.plain)).toFixed(2)}`);
	const session = median(sessionTimes);
	const kdf = median(kdfTimes);
	console.log(`BENCH session_start_ms ${session.toFixed(0)} ms`);
	console.log(`BENCH key_derivation_same_run_ms ${kdf.toFixed(0)} ms`);
	console.log(`BENCH session_start_over_kdf_ratio ${(session / kdf).toFixed(2)}`);
} finally {
	await browser?.close();
	await server.stop();
	plainServer.close();
}
