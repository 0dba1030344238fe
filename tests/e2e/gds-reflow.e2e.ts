import { expect, test, type Page } from '@playwright/test';
import { seedPassword } from '../playwright.config';
import { procedures } from '../../src/testing/procedures/catalogue';
import { visibleSteps } from '../../src/lib/domain/procedures/validate-application';
import { expectNoAxeViolations } from './support/a11y';
import { endSession, startSession } from './support/session';
import { fillField } from './support/wizard';

/**
 * Issue 19's acceptance: every page the issue touched passes axe and never scrolls sideways on a
 * phone (375 CSS px) and at 200 % zoom (a 1280 px window at 200 % lays out 640 CSS px, two device
 * pixels each). WCAG 1.4.10 Reflow. Both widths at two device pixels per CSS pixel, as phones
 * have too, so that one context (one login) checks a page at both widths.
 */
test.use({ deviceScaleFactor: 2 });
const widths = [
	{ name: 'phone', width: 375 },
	{ name: '200 % zoom', width: 640 }
];

/** The elements that stick out on the right: named in the failure, so the fix is quick. */
const overflowing = (page: Page) =>
	page.evaluate(() => {
		const limit = document.documentElement.clientWidth;
		const excess = document.documentElement.scrollWidth - limit;
		const culprits = [...document.querySelectorAll('body *')]
			.filter((e) => e.getBoundingClientRect().right > limit + 1)
			.filter((e) => !e.closest('[data-scrolls]') && getComputedStyle(e).position !== 'fixed')
			.slice(0, 3)
			.map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}`);
		return excess > 1 ? { excess, culprits } : null;
	});

async function expectReflowAndAxe(page: Page, where: string): Promise<void> {
	for (const { name, width } of widths) {
		await page.setViewportSize({ width, height: 800 });
		expect(await overflowing(page), `${where} at ${name}: sideways scroll`).toBeNull();
		await expectNoAxeViolations(page);
	}
}

/** Logs a demo account in; its start page is there once its heading reads as expected. */
async function logIn(page: Page, username: string, heading: string): Promise<void> {
	await page.context().clearCookies();
	await page.goto('/dang-nhap');
	await page.getByLabel('Tên đăng nhập').fill(username);
	await page.getByLabel('Mật khẩu').fill(seedPassword);
	await page.getByRole('button', { name: 'Đăng nhập' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

// A procedure whose sample carries no files and asks the fewest steps: the quickest way to the
// page after "Nộp hồ sơ".
const quick = procedures
	.filter((p) => p.sampleCase && !JSON.stringify(p.sampleCase).includes('attachmentId'))
	.sort(
		(a, b) =>
			visibleSteps(a, a.sampleCase!).length - visibleSteps(b, b.sampleCase!).length ||
			a.id.localeCompare(b.id)
	)[0]!;

test('login and the staff start pages reflow and pass axe', async ({ page }) => {
	test.setTimeout(60_000);
	await page.goto('/dang-nhap');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đăng nhập');
	await expectReflowAndAxe(page, 'login');

	await logIn(page, 'tnv.demo', 'Việc hôm nay');
	await expectReflowAndAxe(page, '/tinh-nguyen-vien');

	await logIn(page, 'quanly.demo', 'Việc hôm nay');
	await expectReflowAndAxe(page, '/quan-ly');
	await page.goto('/quan-ly/cai-dat-may');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectReflowAndAxe(page, '/quan-ly/cai-dat-may');

	await logIn(page, 'quantri.demo', 'Việc hôm nay');
	await expectReflowAndAxe(page, '/quan-tri');

	await logIn(page, 'canbo.demo', 'Hồ sơ cần xử lý');
	await expectReflowAndAxe(page, '/can-bo');
});

test('the page after "Nộp hồ sơ" and the officer’s page of that dossier reflow and pass axe', async ({
	page
}) => {
	test.setTimeout(60_000);
	await startSession(page, { procedureSlug: quick.slug });
	const answers = quick.sampleCase!;
	for (const { step, fields } of visibleSteps(quick, answers)) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title.vi);
		for (const field of fields)
			await fillField(page, step.id, field, answers[step.id]?.[field.id], 'ime');
		await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
	}
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	const code = page.getByTestId('dossier-code');
	await expect(code).toHaveText(/^[A-Z0-9.]+-\d{6}-\d{6}$/, { timeout: 20_000 });
	await expectReflowAndAxe(page, 'after submitting');

	const dossier = (await code.textContent())!.trim();
	await endSession(page);
	await logIn(page, 'canbo.demo', 'Hồ sơ cần xử lý');
	await page.goto(`/can-bo/ho-so/${dossier}`);
	await expect(page.getByRole('region', { name: 'Nội dung hồ sơ' })).toBeVisible();
	await expectReflowAndAxe(page, 'the officer’s dossier page');
});
