import { describe, expect, it } from 'vitest';
import { localReferencePattern, newLocalReference } from './local-reference';

describe('newLocalReference', () => {
	it('carries Vietnam’s date and an unambiguous random part', () => {
		// 20:00 UTC on 21 November is already 22 November in Vietnam.
		const reference = newLocalReference(new Date('2026-11-21T20:00:00Z'));
		expect(reference).toMatch(/^CG-261122-/);
		expect(reference).toMatch(localReferencePattern);
	});

	// 32⁵ ≈ 33.5 million random parts a day: 2,000 draws repeat one about 6 % of the time (the
	// birthday bound), so the test asks for what randomness guarantees, not for luck. A device
	// prints a few dozen slips a day.
	it('draws every symbol at every position and almost never repeats', () => {
		const draws = Array.from({ length: 2_000 }, () => newLocalReference().slice(-5));
		// Expected repeats ≈ 0.06; ten would mean a broken generator.
		expect(new Set(draws).size).toBeGreaterThan(1_990);
		for (let position = 0; position < 5; position++) {
			const symbols = new Set(draws.map((draw) => draw[position]));
			expect(symbols.size).toBe(32);
		}
	});
});
