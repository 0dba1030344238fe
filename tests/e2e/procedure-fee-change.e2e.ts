import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { civilStatusExtractCopy } from '../../src/testing/procedures/catalogue';
import { computeFee } from '../../src/lib/domain/procedures/fee';
import { formatVnd } from '../../src/lib/domain/text/money';
import { createAppServer } from './support/app-server';
import { printAndCapture } from './support/pdf';
import { nextVersion } from './support/procedure-admin';
import { userReload, waitForServiceWorkerControl } from './support/service-worker';
import { startSession } from './support/session';
import { completeWizardByKeyboard } from './support/wizard';

/** The ward corrects the fee of a copy of a civil-status extract: 8,000 đ → 9,500 đ a copy. */
const corrected = nextVersion(civilStatusExtractCopy, (draft) => {
	draft.fee.rules[0]!.amountVnd = 9_500;
});
const oldRate = formatVnd(civilStatusExtractCopy.fee.rules[0]!.amountVnd, 'vi');
const newRate = formatVnd(9_500, 'vi');

/**
 * The ward's official edits the document and runs `npm run procedures:import` on the server's
 * data folder; on PGlite the server is stopped meanwhile (one process per folder), as the README
 * says. The admin screen's upload and publish are the other path (procedure-admin.e2e.ts).
 */
function importDocument(dataDir: string, document: unknown): string {
	const folder = mkdtempSync(path.join(tmpdir(), 'cunglam-import-'));
	try {
		const file = path.join(folder, 'trich-luc.json');
		writeFileSync(file, JSON.stringify(document, null, '\t'));
		const run = spawnSync('npx', ['tsx', 'scripts/procedures-import.ts', file], {
			cwd: path.resolve(import.meta.dirname, '../..'),
			env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
			encoding: 'utf8',
			timeout: 120_000
		});
		expect(run.status, run.stderr).toBe(0);
		return run.stdout;
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

test('a corrected fee published by import shows on the procedure page and the receipt after the device syncs', async ({
	browser
}) => {
	test.setTimeout(180_000);
	// Its own server: the other tests' receipts keep the shipped fee.
	const server = await createAppServer();
	try {
		const device = await browser.newContext({ baseURL: server.url });
		const page = await device.newPage();
		await page.goto('/');
		await waitForServiceWorkerControl(page);
		const procedurePage = `/thu-tuc/${civilStatusExtractCopy.slug}`;
		await page.goto(procedurePage);
		const fee = page.getByRole('region', { name: 'Lệ phí' });
		await expect(fee).toContainText(oldRate);

		await server.kill('SIGTERM');
		expect(importDocument(server.dataDir, corrected)).toContain(
			`${corrected.id} v${corrected.version}`
		);
		// The same document again publishes nothing and says so.
		expect(importDocument(server.dataDir, corrected)).toMatch(/Không có gì mới/);
		await server.start();

		// The device learns of it on its next sync (on start): the page shows the new rate.
		await expect(async () => {
			await userReload(page);
			await expect(fee).toContainText(newRate, { timeout: 2_000 });
		}).toPass({ timeout: 30_000 });
		await expect(fee).not.toContainText(oldRate);

		// A new dossier on the corrected version: its receipt charges the new rate.
		await startSession(page, { procedureSlug: corrected.slug });
		await completeWizardByKeyboard(page, corrected);
		await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
		await expect(page.getByTestId('dossier-code')).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/);
		const quote = computeFee(corrected, corrected.sampleCase ?? {});
		expect(quote.kind).toBe('amount');
		const total = quote.kind === 'amount' ? quote.totalVnd : 0;
		expect(total).toBe(9_500 * 2);
		const receipt = (await printAndCapture(page)).replace(/\s+/g, ' ');
		expect(receipt).toContain(`Lệ phí: ${formatVnd(total, 'vi')}`);
		await device.close();
	} finally {
		await server.dispose();
	}
});
