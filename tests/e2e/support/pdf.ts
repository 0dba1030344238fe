import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';

/** Presses "In biên nhận" (or another print button), then takes the same PDF through the download link: its text, NFC. */
export async function printAndCapture(page: Page, button = 'In biên nhận'): Promise<string> {
	// Headless Chromium would block the page on the print dialog: each new frame's print() only
	// records that it was asked for.
	await page.addInitScript(() => {
		window.print = () => void window.top?.postMessage('cung-lam-test:printed', '*');
	});
	const printed = page.evaluate(
		() =>
			new Promise<boolean>((resolve) =>
				window.addEventListener(
					'message',
					(e) => e.data === 'cung-lam-test:printed' && resolve(true)
				)
			)
	);
	await page.getByRole('button', { name: button }).click();
	expect(await printed).toBe(true);
	const link = page.getByRole('link', { name: 'Tải tệp PDF' });
	await expect(link).toBeVisible({ timeout: 20_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
	const file = await download.path();
	return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
}
