// The JavaScript the home page loads, gzipped (issue 2 target: ≤ 60 KB). Measured in Chromium
// on the production build: every script the page fetches until the network is idle.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { startProductionServer } from './support/server';

const server = await startProductionServer();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
	// No service worker: it would prefetch the whole precache, which is not the first route.
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const scripts: Promise<number>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') {
			scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
		}
	});
	await page.goto(server.url, { waitUntil: 'networkidle' });
	const bytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
	console.log(`first_route_js_files ${scripts.length}`);
	console.log(`BENCH first_route_js_gz_kb ${(bytes / 1024).toFixed(1)} KB`);
} finally {
	await browser.close();
	await server.stop();
}
