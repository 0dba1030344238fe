/**
 * Receipt generation in Chromium, as "In biên nhận" runs it: the production build's own
 * print module (pdf-lib in a worker, Be Vietnam Pro fetched once and kept), the A4 receipt.
 * Timed from the page: postMessage to the worker, layout, subsetting, and the PDF back.
 *
 * Run: npx tsx bench/receipt-browser.bench.ts
 * Prints: BENCH receipt_browser_median_ms, BENCH receipt_browser_p95_ms, receipt_browser_first_ms
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../scripts/chromium.js';
import { sampleReceipt } from '$testing/receipts/sample-documents';
import { startProductionServer } from './support/server';

const WARM_UP = 5;
const RUNS = 40;

const manifest = JSON.parse(
	readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
) as Record<string, { file: string }>;
const printModule = `/${manifest['src/lib/client/printing/print-document.ts']!.file}`;

const server = await startProductionServer();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
	const page = await browser.newPage();
	await page.goto(server.url);
	const timings = await page.evaluate(
		async ({ printModule, doc, warmUp, runs }) => {
			const { renderPdf } = (await import(printModule)) as {
				renderPdf(doc: unknown, paper: 'A4'): Promise<Uint8Array>;
			};
			const receipt = { ...doc, receivedAt: new Date(doc.receivedAt) };
			const first = performance.now();
			await renderPdf(receipt, 'A4');
			const firstMs = performance.now() - first;
			for (let i = 1; i < warmUp; i++) await renderPdf(receipt, 'A4');
			const durations: number[] = [];
			let size = 0;
			for (let i = 0; i < runs; i++) {
				const start = performance.now();
				size = (await renderPdf(receipt, 'A4')).byteLength;
				durations.push(performance.now() - start);
			}
			return { firstMs, durations, size };
		},
		{ printModule, doc: sampleReceipt, warmUp: WARM_UP, runs: RUNS }
	);
	const sorted = timings.durations.sort((a, b) => a - b);
	const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
	console.log(
		`receipt_browser_first_ms ${timings.firstMs.toFixed(1)} ms (font fetch, worker start)`
	);
	console.log(`receipt_browser_size_kb ${(timings.size / 1024).toFixed(1)} KB`);
	console.log(`BENCH receipt_browser_median_ms ${at(50).toFixed(1)} ms`);
	console.log(`BENCH receipt_browser_p95_ms ${at(95).toFixed(1)} ms`);
} finally {
	await browser.close();
	await server.stop();
}
