import type { Page } from '@playwright/test';

/**
 * Keystroke → next frame, per key. The Event Timing API is what INP uses: the duration of an
 * event's entry runs from the key's hardware timestamp to the next paint after its handlers, but
 * Chromium reports only entries of ≥ 16 ms (durationThreshold's floor). A key with no entry took
 * less; it gets the time from its keydown to a task after the next animation frame, stamped by the
 * probe, which measures the same span with a frame's granularity.
 */
export type KeystrokeTimes = { perKey: number[]; frameOnly: number[]; eventTimingEntries: number };

type Probe = {
	keys: { start: number; frame?: number }[];
	entries: { start: number; duration: number }[];
};

/** Installs the probe in the page's current document (again for each measurement). */
export async function installKeystrokeProbe(page: Page): Promise<void> {
	// No named inner functions: tsx would wrap them in a helper the page lacks.
	await page.evaluate(() => {
		const probe: Probe = { keys: [], entries: [] };
		(window as unknown as { __keystrokeProbe: Probe }).__keystrokeProbe = probe;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				probe.entries.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
		// Capturing on window: runs before any handler of the app.
		window.addEventListener(
			'keydown',
			(event) => {
				const key: Probe['keys'][number] = { start: event.timeStamp };
				probe.keys.push(key);
				requestAnimationFrame(() =>
					setTimeout(() => {
						key.frame = performance.now() - event.timeStamp;
					})
				);
			},
			{ capture: true }
		);
	});
}

/** Types `text` one key at a time into the focused field, `pauseMs` apart, as a person does. */
export async function typeAndMeasure(
	page: Page,
	selector: string,
	text: string,
	pauseMs: number
): Promise<KeystrokeTimes> {
	await page.focus(selector);
	await installKeystrokeProbe(page);
	for (const char of text) {
		await page.keyboard.type(char);
		await page.waitForTimeout(pauseMs);
	}
	// Event Timing entries are queued after the paint they wait for.
	await page.waitForTimeout(1_000);
	const probe = await page.evaluate(
		() => (window as unknown as { __keystrokeProbe: Probe }).__keystrokeProbe
	);
	const perKey = probe.keys.map((key, i) => {
		const end = probe.keys[i + 1]?.start ?? Infinity;
		const durations = probe.entries
			.filter((e) => e.start >= key.start && e.start < end)
			.map((e) => e.duration);
		return durations.length ? Math.max(...durations) : (key.frame ?? NaN);
	});
	return {
		perKey,
		frameOnly: probe.keys.map((key) => key.frame ?? NaN),
		eventTimingEntries: probe.entries.length
	};
}
