import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * pdf-lib, fontkit and the document layouts are ~550 KB gzipped: they must load only when
 * something is printed, never with the first route. Checked on the production build.
 */
const manifestPath = path.resolve(
	import.meta.dirname,
	'../../.svelte-kit/output/client/.vite/manifest.json'
);
type Manifest = Record<string, { file: string; imports?: string[] }>;

/** Every file the receipt module needs when it loads, through its static imports. */
function receiptFiles(): Set<string> {
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
	const files = new Set<string>();
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (!chunk || files.has(chunk.file)) return;
		files.add(chunk.file);
		chunk.imports?.forEach(visit);
	};
	visit('src/lib/receipts/index.ts');
	return files;
}

test('the receipt module is not in the first route’s JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	const loaded: { url: string; body: Promise<string> }[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') {
			loaded.push({ url: response.url(), body: response.text() });
		}
	});
	await page.goto(baseURL!, { waitUntil: 'networkidle' });
	const bodies = await Promise.all(loaded.map((s) => s.body));

	// pdf-lib writes "%%EOF" at the end of every PDF: the literal marks its code.
	const receipts = [...receiptFiles()];
	const pdfLib = receipts.filter((file) =>
		readFileSync(path.resolve(import.meta.dirname, '../../build/client', file), 'utf8').includes(
			'%%EOF'
		)
	);
	expect(pdfLib.length).toBeGreaterThan(0);
	expect(loaded.length).toBeGreaterThan(0);
	for (const [index, script] of loaded.entries()) {
		// Small shared chunks (the bundler's runtime, text helpers) may be loaded; pdf-lib may not.
		expect(pdfLib.some((file) => script.url.endsWith(file))).toBe(false);
		expect(bodies[index]).not.toContain('%%EOF');
	}
	await context.close();
});
