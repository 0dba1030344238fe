import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

const policy = { baseMs: 1_000, capMs: 60_000 };

describe('backoffDelay', () => {
	it('doubles the ceiling with each failure up to the cap', () => {
		const ceiling = (n: number) => backoffDelay(n, policy, () => 0.999_999);
		expect(ceiling(1)).toBe(999);
		expect(ceiling(2)).toBe(1_999);
		expect(ceiling(3)).toBe(3_999);
		expect(ceiling(7)).toBe(59_999);
		expect(ceiling(40)).toBe(59_999);
	});

	it('spreads retries at random below the ceiling, never at zero', () => {
		expect(backoffDelay(5, policy, () => 0)).toBe(250);
		expect(backoffDelay(5, policy, () => 0.5)).toBe(8_000);
	});
});
