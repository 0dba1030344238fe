import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * pdf-lib, fontkit and the document layouts are ~550 KB gzipped: they must load only when
 * something is printed, never with the first route, and the build holds one copy of them, in
 * the receipt worker. Checked on the production build.
 */
const immutable = path.resolve(import.meta.dirname, '../../build/client/_app/immutable');

/** Every built script that holds pdf-lib: it writes "%%EOF" at the end of every PDF. */
function pdfLibFiles(): string[] {
	return readdirSync(immutable, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.js'))
		.filter((file) => readFileSync(path.join(immutable, file), 'utf8').includes('%%EOF'))
		.map((file) => `/_app/immutable/${file.split(path.sep).join('/')}`);
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

	const pdfLib = pdfLibFiles();
	expect(pdfLib).toHaveLength(1);
	expect(pdfLib[0]).toMatch(/^\/_app\/immutable\/workers\/receipt\.worker-[^/]+\.js$/);
	expect(loaded.length).toBeGreaterThan(0);
	for (const [index, script] of loaded.entries()) {
		// Small shared chunks (the bundler's runtime, text helpers) may be loaded; pdf-lib may not.
		expect(pdfLib.some((file) => script.url.endsWith(file))).toBe(false);
		expect(bodies[index]).not.toContain('%%EOF');
	}
	await context.close();
});

/**
 * Issue 16: the procedures are content the device gets from the server and keeps in IndexedDB;
 * no built file may carry a procedure document. Texts found only in the shipped documents.
 */
test('no procedure document is built into the app', () => {
	const client = path.resolve(import.meta.dirname, '../../build/client');
	const documentTexts = [
		'Tên bệnh viện in ở đầu giấy chứng sinh',
		'Bệnh viện Phụ sản Hà Nội',
		'Đăng ký đúng hạn được miễn lệ phí'
	];
	const built = readdirSync(client, { recursive: true, encoding: 'utf8' }).filter((file) =>
		/\.(js|json|html)$/.test(file)
	);
	expect(built.length).toBeGreaterThan(0);
	for (const file of built) {
		const text = readFileSync(path.join(client, file), 'utf8');
		for (const marker of documentTexts)
			expect(text.includes(marker), `${marker} in ${file}`).toBe(false);
	}
});
