import { expect, test as base, type Page } from '@playwright/test';
import { visibleSteps } from '../../src/lib/domain/procedures/validate-application';
import { todayInVietnam } from '../../src/lib/domain/validation/dates';
import { generateAnswers } from '../../src/testing/procedures/generate-answers';
import { procedures } from '../../src/testing/procedures/catalogue';
import { representativeProcedures } from '../../src/testing/procedures/representative-procedures';
import { expectNoAxeViolationsWithin } from './support/a11y';
import { tabTo } from './support/keyboard';
import { startSession } from './support/session';
import { fillField } from './support/wizard';

/**
 * Issue 17: every shipped procedure's happy path, through the real wizard, by keyboard only, axe
 * clean on every step, to the check page with nothing to fix. The answers are generated from
 * the document alone (src/testing/procedures/generate-answers.ts), so a document added to the
 * folder is walked without a line here.
 *
 * `npm test` walks the few procedures that between them show every field of law, field kind and
 * conditional (src/testing/procedures/representative-procedures.ts); `npm run walk` walks all of
 * them (WALK=all), about 80 s more on the 2-core CI machine.
 *
 * Kept short: one citizen session per worker,
 * reused for every procedure it walks (a session opens a new draft for another procedure
 * without a new PIN); text typed as an input method hands it over (one event a field; the
 * key-by-key typing is birth-registration's); axe put into the page once and run on the form
 * only, the page's chrome being checked by the other journeys (birth-registration, home,
 * catalog); addresses near the top of their lists (generated-values.ts); no fixed waits.
 */
const test = base.extend<object, { citizen: Page }>({
	citizen: [
		async ({ browser }, use, workerInfo) => {
			const { baseURL, locale, timezoneId, serviceWorkers } = workerInfo.project.use;
			const context = await browser.newContext({ baseURL, locale, timezoneId, serviceWorkers });
			const page = await context.newPage();
			await startSession(page);
			await use(page);
			await context.close();
		},
		{ scope: 'worker' }
	]
});

test.describe.configure({ mode: 'parallel' });

/** The procedure's wizard, reached inside the app so that the session (in memory) stays. */
async function openWizard(page: Page, slug: string): Promise<void> {
	await page.evaluate((href) => {
		// The router takes a click on a link inside the app; a page load would end the session.
		const link = Object.assign(document.createElement('a'), { href });
		document.querySelector('main')!.append(link);
		link.click();
		link.remove();
	}, `/thu-tuc/${slug}/lam`);
}

/** A stable seed per procedure: a failure is reproduced by the spec with the same seed. */
const seedOf = (id: string) => [...id].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) >>> 0, 7);

const walked = process.env.WALK === 'all' ? procedures : representativeProcedures(procedures);

for (const definition of walked) {
	test(`${definition.name.vi} (${definition.id}): every step by keyboard, axe clean, to the check page`, async ({
		citizen: page
	}) => {
		test.setTimeout(60_000);
		const answers = generateAnswers(definition, {
			today: todayInVietnam(new Date()),
			seed: seedOf(definition.id)
		});
		const steps = visibleSteps(definition, answers);
		await openWizard(page, definition.slug);
		for (const [index, { step, fields }] of steps.entries()) {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title.vi);
			await expect(page.getByText(new RegExp(`^Bước ${index + 1}/\\d+$`))).toBeVisible();
			for (const field of fields) {
				await fillField(page, step.id, field, answers[step.id]?.[field.id], 'ime');
			}
			await expectNoAxeViolationsWithin(page, 'main');
			await tabTo(page, { text: 'Tiếp tục' });
			await page.keyboard.press('Enter');
		}
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra lại thông tin');
		// Nothing to fix, nothing to warn of, nothing left unanswered.
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.locator('main .warning')).toHaveCount(0);
		await expect(page.getByText('Chưa trả lời')).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Nộp hồ sơ' })).toBeEnabled();
	});
}
