import { describe, expect, it } from 'vitest';
import { defaultRetryPolicy, givesUp, retryDelayMs } from './retry';

describe('notification retry policy', () => {
	it('doubles the wait per attempt, within half and all of the step, up to the cap', () => {
		const low = (attempt: number) => retryDelayMs(attempt, defaultRetryPolicy, () => 0);
		const high = (attempt: number) => retryDelayMs(attempt, defaultRetryPolicy, () => 1);
		expect([1, 2, 3].map(low)).toEqual([15_000, 30_000, 60_000]);
		expect([1, 2, 3].map(high)).toEqual([30_000, 60_000, 120_000]);
		expect(high(20)).toBe(defaultRetryPolicy.capMs);
	});

	it('gives up at the limit', () => {
		expect(givesUp(7, defaultRetryPolicy)).toBe(false);
		expect(givesUp(8, defaultRetryPolicy)).toBe(true);
	});
});
