/**
 * Receipt generation in Node, as a staff print route would run it: the A4 receipt and
 * appointment slip with the fonts already read (loadNodeFonts caches them), pdf-lib embedding
 * both weights as subsets, the Code 128 and the QR code. STACK.md trap 9 saw ~120 ms warm.
 *
 * Run: npx tsx bench/receipt-node.bench.ts
 * Prints: BENCH receipt_node_median_ms, BENCH receipt_node_p95_ms, BENCH receipt_size_kb
 */
import { renderDocument } from '$lib/receipts';
import { sampleReceipt } from '$testing/receipts/sample-documents';
import { loadNodeFonts } from '$lib/server/receipts/node-fonts';
import { median, percentile } from './support/stats';

const WARM_UP = 5;
const RUNS = 50;

const fonts = await loadNodeFonts();
const options = { paper: 'A4', fonts } as const;

let pdf = await renderDocument(sampleReceipt, options);
for (let i = 1; i < WARM_UP; i++) pdf = await renderDocument(sampleReceipt, options);

const durations: number[] = [];
for (let i = 0; i < RUNS; i++) {
	const start = performance.now();
	pdf = await renderDocument(sampleReceipt, options);
	durations.push(performance.now() - start);
}
const sorted = durations.sort((a, b) => a - b);

console.log(`receipt_runs ${RUNS} after ${WARM_UP} warm-up (max ${sorted.at(-1)!.toFixed(1)} ms)`);
console.log(`BENCH receipt_node_median_ms ${median(sorted).toFixed(1)} ms`);
console.log(`BENCH receipt_node_p95_ms ${percentile(sorted, 95).toFixed(1)} ms`);
console.log(`BENCH receipt_size_kb ${(pdf.byteLength / 1024).toFixed(1)} KB`);
