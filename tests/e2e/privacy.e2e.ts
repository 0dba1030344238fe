import { expect, test } from '@playwright/test';
import { findMarkers } from './support/privacy-scan';
import { endSession, expectSaved, markers, startSession, typeMarkers } from './support/session';

const all = Object.values(markers);

test.describe('privacy on a shared PC', () => {
	test('after "Kết thúc phiên" nothing typed can be found anywhere in the browser', async ({
		page
	}) => {
		await startSession(page, { keepOnDevice: true, procedureSlug: 'dang-ky-khai-sinh' });
		await typeMarkers(page);
		await expectSaved(page);
		// The markers are really on the page before the session ends (the scan can find them).
		expect(await findMarkers(page, all)).not.toEqual([]);

		await endSession(page);
		expect(await findMarkers(page, all)).toEqual([]);

		// Back does not bring the form back: the wizard's history entry was replaced.
		await page.goBack();
		await page.waitForLoadState();
		expect(page.url()).not.toContain('/lam');
		const shown = await page.evaluate(
			() =>
				document.documentElement.outerHTML +
				Array.from(document.querySelectorAll('input'), (i) => i.value).join('|')
		);
		for (const marker of all) expect(shown).not.toContain(marker);

		// The draft is listed by procedure, date and masked initials only.
		await page.goto('/tiep-tuc');
		await expect(page.getByText('M. T. L.')).toBeVisible();
		expect(await findMarkers(page, all)).toEqual([]);
	});

	test('an idle session ends by itself after a visible warning, leaving nothing readable', async ({
		page
	}) => {
		// The page's clock, so that the default five idle minutes can be skipped (a PC's own
		// time-out comes from its manager: devices.e2e.ts).
		await page.clock.install();
		await startSession(page, { procedureSlug: 'dang-ky-khai-sinh' });
		await typeMarkers(page);
		await expectSaved(page);

		// A key press during the warning keeps the session going.
		const warning = page.getByRole('alertdialog', { name: 'Phiên sắp kết thúc' });
		await page.clock.fastForward('04:01');
		await expect(warning).toBeVisible();
		await page.keyboard.press('Shift');
		await expect(warning).toBeHidden();
		await expect(page.getByRole('button', { name: 'Kết thúc phiên' })).toBeVisible();

		await page.clock.fastForward('04:01');
		await expect(warning).toBeVisible();
		await page.clock.fastForward('01:01');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ông/Bà muốn làm gì hôm nay?');
		expect(await findMarkers(page, all)).toEqual([]);
		// Without consent to keep it, the draft itself is gone too.
		await page.goto('/tiep-tuc');
		await expect(page.getByText('Chưa có hồ sơ nào được lưu trên máy này.')).toBeVisible();
	});
});
