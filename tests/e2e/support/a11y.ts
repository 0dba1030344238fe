import AxeBuilder from '@axe-core/playwright';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

/** Asserts axe-core finds no WCAG 2.1 A/AA violation on the page as it stands. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	const summary = results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
	expect(summary).toEqual([]);
}

// The axe-core that @axe-core/playwright itself runs, wherever npm put it.
const axe = createRequire(import.meta.resolve('@axe-core/playwright'))(
	'axe-core'
) as typeof import('axe-core');

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The same check within one region (`selector`), for a journey that checks many states of one
 * page and whose chrome the other journeys check: axe is put into the document once and stays
 * there across the app's own navigations, rather than injected, and finished in a blank page,
 * at every call (a second or more each on a loaded machine).
 */
export async function expectNoAxeViolationsWithin(page: Page, selector: string): Promise<void> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	const violations = await page.evaluate(
		async ({ selector, tags }) => {
			const inPage = (window as unknown as { axe: typeof axe }).axe;
			const results = await inPage.run(selector, { runOnly: { type: 'tag', values: tags } });
			return results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
			);
		},
		{ selector, tags }
	);
	expect(violations).toEqual([]);
}
