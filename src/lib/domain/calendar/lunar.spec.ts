import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, civilToEpochDay, fromEpochDay, toEpochDay, weekday } from './iso-date';
import { leapMonthOf, lunarToSolar, monthsOfLunarYear, solarToLunar } from './lunar';

const tet = (year: number) => lunarToSolar({ year, month: 1, day: 1 });
const hungKings = (year: number) => lunarToSolar({ year, month: 3, day: 10 });
const SUNDAY = 0;
const TUESDAY = 2;
const WEDNESDAY = 3;
const FRIDAY = 5;
const SATURDAY = 6;

describe('Tết (lunar 1/1) in UTC+7', () => {
	it.each([
		[2019, '2019-02-05'],
		[2020, '2020-01-25'],
		[2023, '2023-01-22'],
		[2024, '2024-02-10'],
		[2025, '2025-01-29'],
		[2026, '2026-02-17'],
		[2027, '2027-02-06'],
		[2028, '2028-01-26']
	])('%i falls on %s', (year, date) => {
		expect(tet(year)).toBe(date);
		expect(solarToLunar(date)).toEqual({ year, month: 1, day: 1, leap: false });
	});

	it('falls on the weekdays DOMAIN.md gives', () => {
		expect(weekday(tet(2026))).toBe(TUESDAY);
		expect(weekday(tet(2027))).toBe(SATURDAY);
		expect(weekday(tet(2028))).toBe(WEDNESDAY);
	});

	it('ends the year Ất Tỵ on 29 Tết: month 12 of 2025 has 29 days', () => {
		expect(solarToLunar('2026-02-16')).toEqual({ year: 2025, month: 12, day: 29, leap: false });
		expect(monthsOfLunarYear(2025).at(-1)).toMatchObject({ month: 12, length: 29 });
	});

	it('differs from the UTC+8 (Chinese) calendar where the new moon is near midnight', () => {
		expect(tet(1985)).toBe('1985-01-21');
		expect(lunarToSolar({ year: 1985, month: 1, day: 1 }, 8)).toBe('1985-02-20');
		expect(tet(2007)).toBe('2007-02-17');
		expect(lunarToSolar({ year: 2007, month: 1, day: 1 }, 8)).toBe('2007-02-18');
	});
});

describe("Hùng Kings' day (lunar 10/3)", () => {
	it('2026: Sunday 26 April', () => {
		expect(hungKings(2026)).toBe('2026-04-26');
		expect(weekday('2026-04-26')).toBe(SUNDAY);
	});

	it('2027: Friday 16 April (the npm package says the 15th)', () => {
		expect(hungKings(2027)).toBe('2027-04-16');
		expect(weekday('2027-04-16')).toBe(FRIDAY);
	});

	it('2028: Tuesday 4 April', () => {
		expect(hungKings(2028)).toBe('2028-04-04');
		expect(weekday('2028-04-04')).toBe(TUESDAY);
	});
});

describe('leap months', () => {
	it('2023 repeats month 2: 22 March 2023 is the 1st of the leap 2nd month', () => {
		expect(leapMonthOf(2023)).toBe(2);
		expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
		expect(solarToLunar('2023-02-20')).toEqual({ year: 2023, month: 2, day: 1, leap: false });
		expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
		expect(solarToLunar('2023-04-20')).toEqual({ year: 2023, month: 3, day: 1, leap: false });
	});

	it('2025 repeats month 6 (from 25 July 2025)', () => {
		expect(leapMonthOf(2025)).toBe(6);
		expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
		expect(monthsOfLunarYear(2025)).toHaveLength(13);
	});

	it('2020 repeats month 4, 2028 month 5; 2024, 2026, 2027 have none', () => {
		expect(leapMonthOf(2020)).toBe(4);
		expect(lunarToSolar({ year: 2020, month: 4, day: 1, leap: true })).toBe('2020-05-23');
		expect(leapMonthOf(2028)).toBe(5);
		expect([2024, 2026, 2027].map((y) => leapMonthOf(y))).toEqual([null, null, null]);
	});

	it('2033 repeats month 11 (after the solstice: the "2033 problem")', () => {
		expect(leapMonthOf(2033)).toBe(11);
		expect(lunarToSolar({ year: 2033, month: 11, day: 1, leap: true })).toBe('2033-12-22');
		expect(solarToLunar('2034-01-20')).toEqual({ year: 2033, month: 12, day: 1, leap: false });
	});

	it('rejects dates that do not exist', () => {
		expect(() => lunarToSolar({ year: 2024, month: 2, day: 1, leap: true })).toThrow(RangeError);
		expect(() => lunarToSolar({ year: 2025, month: 12, day: 30 })).toThrow(RangeError);
		expect(() => lunarToSolar({ year: 2025, month: 13, day: 1 })).toThrow(RangeError);
		expect(() => lunarToSolar({ year: 2025, month: 1, day: 0 })).toThrow(RangeError);
	});
});

describe('calendar structure 1990–2050', () => {
	const years = Array.from({ length: 61 }, (_, i) => 1990 + i);

	it('has months of 29 or 30 days, 12 or 13 per year, following each other', () => {
		for (const year of years) {
			const months = monthsOfLunarYear(year);
			expect(months.length === 12 || months.length === 13).toBe(true);
			expect(months.filter((m) => m.leap).length).toBe(months.length - 12);
			expect(months.map((m) => m.month).filter((m, i, all) => m !== all[i - 1])).toEqual([
				1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12
			]);
			months.forEach((m, i) => {
				expect([29, 30]).toContain(m.length);
				const next = months[i + 1] ?? monthsOfLunarYear(year + 1)[0];
				expect(addDays(m.start, m.length)).toBe(next?.start);
			});
			// Tết falls between 21 January and 20 February
			expect(months[0]!.start >= `${year}-01-21` && months[0]!.start <= `${year}-02-20`).toBe(true);
		}
	});

	it('advances the lunar day by one every solar day', () => {
		let previous = solarToLunar('1990-01-01');
		for (let day = civilToEpochDay(1990, 1, 2); day <= civilToEpochDay(2050, 12, 31); day++) {
			const current = solarToLunar(fromEpochDay(day));
			if (current.day === 1) expect([29, 30]).toContain(previous.day);
			else expect(current).toEqual({ ...previous, day: previous.day + 1 });
			previous = current;
		}
	});
});

describe('round trips', () => {
	const solarDay = fc.integer({
		min: civilToEpochDay(1990, 1, 1),
		max: civilToEpochDay(2050, 12, 31)
	});

	it('solar → lunar → solar', () => {
		fc.assert(
			fc.property(solarDay, (day) => {
				const date = fromEpochDay(day);
				expect(lunarToSolar(solarToLunar(date))).toBe(date);
			}),
			{ numRuns: 2_000 }
		);
	});

	it('lunar → solar → lunar, leap months included', () => {
		const lunarDate = fc
			.record({
				year: fc.integer({ min: 1990, max: 2050 }),
				index: fc.nat(12),
				day: fc.integer({ min: 1, max: 30 })
			})
			.map(({ year, index, day }) => {
				const months = monthsOfLunarYear(year);
				const m = months[index % months.length]!;
				return { year, month: m.month, leap: m.leap, day: Math.min(day, m.length) };
			});
		fc.assert(
			fc.property(lunarDate, (lunar) => {
				const solar = lunarToSolar(lunar);
				expect(solarToLunar(solar)).toEqual(lunar);
				expect(toEpochDay(solar)).toBeGreaterThan(civilToEpochDay(1990, 1, 1));
			}),
			{ numRuns: 2_000 }
		);
	});
});
