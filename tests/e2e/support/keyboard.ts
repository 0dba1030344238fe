import { expect, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches; fails after `max` presses. */
export async function tabTo(
	page: Page,
	matches: { id: string } | { text: string },
	max = 80
): Promise<void> {
	for (let i = 0; i < max; i++) {
		const hit = await page.evaluate((m) => {
			const el = document.activeElement as HTMLElement | null;
			if (!el) return false;
			return 'id' in m ? el.id === m.id : el.textContent?.trim() === m.text;
		}, matches);
		if (hit) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${JSON.stringify(matches)}`);
}

/** Chooses an option of the focused <select> with the arrow keys only. */
export async function chooseWithArrows(page: Page, value: string): Promise<void> {
	const current = () => page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
	const values = await page.evaluate(() =>
		[...(document.activeElement as HTMLSelectElement).options].map((o) => o.value)
	);
	const target = values.indexOf(value);
	expect(target, `option ${value}`).toBeGreaterThanOrEqual(0);
	// The presses it takes, without a round trip each (a province list is 35 options long);
	// then one at a time, should a disabled option have been skipped.
	const from = values.indexOf(await current());
	const key = from < target ? 'ArrowDown' : 'ArrowUp';
	for (let i = 0; i < Math.abs(target - from); i++) await page.keyboard.press(key);
	for (let i = 0; i < values.length && (await current()) !== value; i++) {
		await page.keyboard.press(values.indexOf(await current()) < target ? 'ArrowDown' : 'ArrowUp');
	}
	expect(await current()).toBe(value);
}

/** Checks the radio with `value` in the group whose first radio has focus: Space, then arrows. */
export async function chooseRadioWithArrows(page: Page, value: string): Promise<void> {
	const state = () =>
		page.evaluate(() => {
			const el = document.activeElement as HTMLInputElement;
			return { value: el.value, checked: el.checked };
		});
	if (!(await state()).checked) await page.keyboard.press('Space');
	for (let i = 0; i < 10 && (await state()).value !== value; i++)
		await page.keyboard.press('ArrowRight');
	expect(await state()).toEqual({ value, checked: true });
}
