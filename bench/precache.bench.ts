/**
 * What the service worker stores on a first visit, gzipped (issue 18 target: ≤ 700 KB): a fresh
 * Chromium profile opens the home page of the production build, and once the worker is active
 * (its install, and so its precache, is complete) every URL in Cache Storage is fetched again
 * from the server and gzipped at level 9. Read from the browser rather than from the build's
 * file list, so that whatever src/service-worker.ts chooses to precache, or to leave for later,
 * is what counts. Prints the total and the ten largest files.
 *
 * Run: npm run bench -- precache
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { startProductionServer } from './support/server';

const TOP = 10;

const server = await startProductionServer();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
	const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'allow' });
	const page = await context.newPage();
	await page.goto(server.url);
	const cached = await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		const urls: string[] = [];
		for (const name of await caches.keys()) {
			for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		}
		// A file kept in two caches is still downloaded once.
		return [...new Set(urls)];
	});
	if (cached.length === 0) throw new Error('the service worker precached nothing');

	const sizes = await Promise.all(
		cached.map(async (cachedUrl) => {
			const url = new URL(cachedUrl);
			// Workbox keys a file without a hash in its name by its revision; the server knows only the path.
			url.searchParams.delete('__WB_REVISION__');
			const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
			if (!response.ok) throw new Error(`${url.pathname}: ${response.status}`);
			const body = Buffer.from(await response.arrayBuffer());
			return { path: url.pathname + url.search, gz: gzipSync(body, { level: 9 }).length };
		})
	);
	const total = sizes.reduce((sum, file) => sum + file.gz, 0);
	console.log(`first_visit_precache_files ${sizes.length}`);
	for (const file of sizes.sort((a, b) => b.gz - a.gz).slice(0, TOP))
		console.log(`precache_top ${(file.gz / 1024).toFixed(1).padStart(7)} KB  ${file.path}`);
	console.log(`BENCH first_visit_precache_gz_kb ${(total / 1024).toFixed(1)} KB`);
} finally {
	await browser.close();
	await server.stop();
}
