import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addDays,
	civilToEpochDay,
	fromEpochDay,
	isIsoDate,
	parseIsoDate,
	toEpochDay,
	weekday
} from './iso-date';

describe('iso-date', () => {
	it('validates yyyy-mm-dd', () => {
		expect(isIsoDate('2026-02-17')).toBe(true);
		expect(isIsoDate('2024-02-29')).toBe(true);
		expect(isIsoDate('2026-02-29')).toBe(false);
		expect(isIsoDate('2100-02-29')).toBe(false);
		expect(isIsoDate('2000-02-29')).toBe(true);
		expect(isIsoDate('2026-04-31')).toBe(false);
		expect(isIsoDate('2026-2-17')).toBe(false);
		expect(isIsoDate('17/02/2026')).toBe(false);
		expect(() => parseIsoDate('2026-13-01')).toThrow(RangeError);
	});

	it('agrees with Date.UTC on day numbers and weekdays', () => {
		fc.assert(
			fc.property(fc.integer({ min: -100_000, max: 100_000 }), (epochDay) => {
				const date = new Date(epochDay * 86_400_000);
				expect(fromEpochDay(epochDay)).toBe(date.toISOString().slice(0, 10));
				expect(toEpochDay(fromEpochDay(epochDay))).toBe(epochDay);
				expect(weekday(fromEpochDay(epochDay))).toBe(date.getUTCDay());
			})
		);
		expect(civilToEpochDay(1970, 1, 1)).toBe(0);
	});

	it('adds days across months and years', () => {
		expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
		expect(weekday('2026-02-17')).toBe(2); // Tuesday
	});
});
