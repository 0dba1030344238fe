import { describe, expect, it } from 'vitest';
import { checkRange, monthOf, presetRange } from './period';

describe('dashboard periods', () => {
	// 23:30 on 31 Jan in UTC is already 1 February in Vietnam.
	const now = new Date('2026-01-31T17:30:00Z');

	it('counts presets in Vietnam time, up to today', () => {
		expect(presetRange('month', now)).toEqual({ from: '2026-02-01', to: '2026-02-01' });
		expect(presetRange('quarter', now)).toEqual({ from: '2025-12-01', to: '2026-02-01' });
		expect(presetRange('year', now)).toEqual({ from: '2026-01-01', to: '2026-02-01' });
	});

	it('refuses a missing, reversed or too long range', () => {
		expect(checkRange('', '2026-02-01')).toBe('missing');
		expect(checkRange('2026-03-01', '2026-02-01')).toBe('order');
		expect(checkRange('2024-01-01', '2026-02-01')).toBe('long');
		expect(checkRange('2026-01-01', '2026-02-01')).toBeNull();
	});

	it('names the month of the report after its last day', () => {
		expect(monthOf({ to: '2026-11-30' })).toBe('2026-11');
	});
});
