import { expect, type Page } from '@playwright/test';

/**
 * Every checkbox and radio on the page, with its label (WCAG 2.5.8 and GOV.UK's large boxes):
 * the box and its label together are at least `min` × `min` CSS px, and the box alone too.
 */
export async function expectLargeChoices(page: Page, where: string, min = 24): Promise<number> {
	const boxes = await page.evaluate(() =>
		[...document.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')]
			.filter((input) => input.getClientRects().length > 0)
			.map((input) => {
				const rects = [input, ...(input.labels ?? [])].map((el) => el.getBoundingClientRect());
				const left = Math.min(...rects.map((r) => r.left));
				const right = Math.max(...rects.map((r) => r.right));
				const top = Math.min(...rects.map((r) => r.top));
				const bottom = Math.max(...rects.map((r) => r.bottom));
				const own = input.getBoundingClientRect();
				return {
					name: input.labels?.[0]?.textContent?.trim().slice(0, 40) ?? input.id,
					labelled: (input.labels?.length ?? 0) > 0,
					box: [own.width, own.height],
					target: [right - left, bottom - top]
				};
			})
	);
	for (const { name, labelled, box, target } of boxes) {
		expect(labelled, `${where}: «${name}» has a label`).toBe(true);
		expect(Math.min(...box), `${where}: «${name}» box`).toBeGreaterThanOrEqual(min);
		expect(Math.min(...target), `${where}: «${name}» with its label`).toBeGreaterThanOrEqual(min);
	}
	return boxes.length;
}

/** The body text's computed size in CSS px. */
export const bodyFontSize = (page: Page) =>
	page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
