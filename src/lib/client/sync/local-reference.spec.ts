import { describe, expect, it } from 'vitest';
import { localReferencePattern, newLocalReference } from './local-reference';

describe('newLocalReference', () => {
	it('carries Vietnam’s date and an unambiguous random part', () => {
		// 20:00 UTC on 21 November is already 22 November in Vietnam.
		const reference = newLocalReference(new Date('2026-11-21T20:00:00Z'));
		expect(reference).toMatch(/^CG-261122-/);
		expect(reference).toMatch(localReferencePattern);
	});

	it('does not repeat across many draws', () => {
		const seen = new Set(Array.from({ length: 2_000 }, () => newLocalReference()));
		expect(seen.size).toBe(2_000);
	});
});
