import { expect, test } from '@playwright/test';
import { civilStatusExtractCopy } from '../../src/testing/procedures/catalogue';
import { computeFee } from '../../src/lib/domain/procedures/fee';
import { formatVnd } from '../../src/lib/domain/text/money';
import { createAppServer } from './support/app-server';
import { printAndCapture } from './support/pdf';
import { adminOn, documentFile, nextVersion } from './support/procedure-admin';
import { userReload, waitForServiceWorkerControl } from './support/service-worker';
import { startSession } from './support/session';
import { completeWizardByKeyboard } from './support/wizard';

/** The ward corrects the fee of a copy of a civil-status extract: 8,000 đ → 9,500 đ a copy. */
const corrected = nextVersion(civilStatusExtractCopy, (draft) => {
	draft.fee.rules[0]!.amountVnd = 9_500;
});
const oldRate = formatVnd(civilStatusExtractCopy.fee.rules[0]!.amountVnd, 'vi');
const newRate = formatVnd(9_500, 'vi');

test('a corrected fee published by the administrator shows on the procedure page and the receipt after the device syncs', async ({
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

		const { context: adminContext, page: admin } = await adminOn(browser, server.url);
		await admin.goto('/quan-tri/thu-tuc');
		await admin
			.getByLabel('Tệp thủ tục (JSON hoặc Excel .xlsx)')
			.setInputFiles(documentFile(corrected, 'trich-luc.json'));
		await admin.getByRole('button', { name: 'Tải lên' }).click();
		const feeChange = admin
			.getByRole('table', { name: /Khác biệt so với phiên bản đang áp dụng/ })
			.getByRole('row')
			.filter({ hasText: /9[.,]?500/ });
		await expect(feeChange).toContainText(/8[.,]?000/);
		await admin
			.getByRole('article', { name: `${corrected.name.vi}, phiên bản ${corrected.version}` })
			.getByRole('button', { name: 'Công bố' })
			.click();
		await admin.getByRole('dialog').getByRole('button', { name: 'Công bố' }).click();
		await expect(admin.getByRole('status').filter({ hasText: 'Đã công bố' })).toBeVisible();
		await adminContext.close();

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
