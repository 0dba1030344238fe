/**
 * Draft key derivation time in Chromium: PBKDF2-SHA-256 with 600,000 iterations, then the HMAC
 * combine with the device key and the AES-GCM import, as src/lib/client/vault/pin-key.ts does.
 * DESIGN.md counts on ~75 ms per guess (STACK.md trap 13). The Node figure is for information.
 *
 * Run: npx tsx bench/key-derivation.bench.ts
 * Prints one figure line: BENCH key_derivation_ms <median> ms
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { deriveInPage } from './support/key-derivation-in-page';
import {
	combineWithDeviceKey,
	derivePinBits,
	newSalt,
	PIN_ITERATIONS
} from '../src/lib/client/vault/pin-key';
import { median } from './support/stats';

const WARM_UP = 1;
const RUNS = 7;
const PIN = '482915';

/** crypto.subtle exists only in secure contexts; a loopback origin is one. */
async function secureBlankPage(page: Page): Promise<Server | undefined> {
	await page.goto('about:blank');
	if (await page.evaluate(() => typeof crypto.subtle?.deriveBits === 'function')) return undefined;
	const server = createServer((_, response) => {
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end('<!doctype html><title>key derivation</title>');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
	return server;
}

async function inChromium(): Promise<number[]> {
	const browser = await chromium.launch(chromiumLaunchOptions());
	let server: Server | undefined;
	try {
		const page = await browser.newPage();
		server = await secureBlankPage(page);
		return await deriveInPage(page, {
			pin: PIN,
			iterations: PIN_ITERATIONS,
			total: WARM_UP + RUNS
		});
	} finally {
		await browser.close();
		server?.close();
	}
}

async function inNode(): Promise<number[]> {
	const deviceKey = await crypto.subtle.generateKey(
		{ name: 'HMAC', hash: 'SHA-256', length: 256 },
		false,
		['sign']
	);
	const times: number[] = [];
	for (let run = 0; run < WARM_UP + RUNS; run++) {
		const started = performance.now();
		await combineWithDeviceKey(deviceKey, await derivePinBits(PIN, newSalt()));
		times.push(performance.now() - started);
	}
	return times;
}

const chromiumTimes = (await inChromium()).slice(WARM_UP);
const nodeTimes = (await inNode()).slice(WARM_UP);
const format = (values: number[]) => values.map((t) => t.toFixed(1)).join(' ');
console.log(`key_derivation_chromium_runs_ms ${format(chromiumTimes)}`);
console.log(
	`key_derivation_node_ms ${median(nodeTimes).toFixed(1)} ms (runs: ${format(nodeTimes)})`
);
console.log(`BENCH key_derivation_ms ${median(chromiumTimes).toFixed(1)} ms`);
