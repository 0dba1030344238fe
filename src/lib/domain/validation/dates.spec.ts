import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	ageInYears,
	daysBetween,
	formatDisplayDate,
	formatDocumentDate,
	isIsoDate,
	parseDate,
	parseDisplayDate,
	todayInVietnam
} from './dates';

describe('parseDisplayDate', () => {
	it.each([
		['05/02/2026', '2026-02-05'],
		['5/2/2026', '2026-02-05'],
		['05-02-2026', '2026-02-05'],
		['05.02.2026', '2026-02-05'],
		[' 31/12/1999 ', '1999-12-31'],
		['05 / 02 / 2026', '2026-02-05'],
		['05 /02/ 2026', '2026-02-05'],
		['5 - 2 - 2026', '2026-02-05'],
		['05 . 02 . 2026', '2026-02-05']
	])('reads %j', (input, iso) => {
		expect(parseDisplayDate(input)).toEqual({ ok: true, date: iso });
	});

	it.each([
		'2026/02/05',
		'05/02/26',
		'05/02-2026',
		'hôm qua',
		'',
		'5 2 2026',
		'005/02/2026',
		'0 5/02/2026',
		'05 / 02 / 20 26'
	])('rejects the format of %j', (input) => {
		expect(parseDisplayDate(input)).toEqual({ ok: false, reason: 'format' });
	});

	it.each(['31/02/2026', '30/02/2024', '31/04/2026', '00/01/2026', '15/13/2026', '15/00/2026'])(
		'rejects the impossible date %s',
		(input) => {
			expect(parseDisplayDate(input)).toEqual({ ok: false, reason: 'impossible' });
		}
	);

	it('knows leap years', () => {
		expect(parseDisplayDate('29/02/2024').ok).toBe(true);
		expect(parseDisplayDate('29/02/2000').ok).toBe(true);
		expect(parseDisplayDate('29/02/2026').ok).toBe(false);
		expect(parseDisplayDate('29/02/1900').ok).toBe(false);
		expect(parseDisplayDate('29/02/2100').ok).toBe(false);
	});

	it('rejects implausible years', () => {
		expect(parseDisplayDate('01/01/0199')).toEqual({ ok: false, reason: 'year' });
		expect(parseDisplayDate('01/01/2999')).toEqual({ ok: false, reason: 'year' });
	});
});

describe('parseDate', () => {
	it('reads a typed date with spaces around the separators', () => {
		expect(parseDate('05 / 02 / 2026')).toEqual({ ok: true, date: '2026-02-05' });
	});

	it('accepts ISO dates from date pickers too', () => {
		expect(parseDate('2026-02-05')).toEqual({ ok: true, date: '2026-02-05' });
		expect(parseDate('2026-02-30')).toEqual({ ok: false, reason: 'impossible' });
		expect(isIsoDate('2026-2-5')).toBe(false);
	});
});

describe('formatting', () => {
	it('shows dd/mm/yyyy', () => {
		expect(formatDisplayDate('2026-02-05')).toBe('05/02/2026');
		expect(formatDisplayDate('1999-12-31')).toBe('31/12/1999');
	});

	it.each([
		['2026-02-05', 'ngày 05 tháng 02 năm 2026'],
		['2026-01-20', 'ngày 20 tháng 01 năm 2026'],
		['2026-03-15', 'ngày 15 tháng 3 năm 2026'],
		['2026-11-05', 'ngày 05 tháng 11 năm 2026'],
		['2026-12-31', 'ngày 31 tháng 12 năm 2026'],
		['2026-09-09', 'ngày 09 tháng 9 năm 2026']
	])('writes %s in documents as "%s"', (iso, text) => {
		expect(formatDocumentDate(iso)).toBe(text);
	});

	it('round-trips every real date', () => {
		const dates = fc.date({
			min: new Date('1800-01-01'),
			max: new Date('2199-12-31'),
			noInvalidDate: true
		});
		fc.assert(
			fc.property(dates, (date) => {
				const iso = date.toISOString().slice(0, 10);
				expect(parseDisplayDate(formatDisplayDate(iso))).toEqual({ ok: true, date: iso });
			})
		);
	});
});

describe('todayInVietnam', () => {
	it('turns the date at 17:00 UTC', () => {
		expect(todayInVietnam(new Date('2026-11-21T16:59:59Z'))).toBe('2026-11-21');
		expect(todayInVietnam(new Date('2026-11-21T17:00:00Z'))).toBe('2026-11-22');
		expect(todayInVietnam(new Date('2026-12-31T18:30:00Z'))).toBe('2027-01-01');
	});
});

describe('day arithmetic', () => {
	it('counts days across months, years and leap days', () => {
		expect(daysBetween('2026-01-01', '2026-03-02')).toBe(60);
		expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
		expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
		expect(daysBetween('2026-03-02', '2026-01-01')).toBe(-60);
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
	});

	it('counts completed years of age', () => {
		expect(ageInYears('2008-05-10', '2026-05-09')).toBe(17);
		expect(ageInYears('2008-05-10', '2026-05-10')).toBe(18);
		expect(ageInYears('2004-02-29', '2026-02-28')).toBe(21);
		expect(ageInYears('2004-02-29', '2026-03-01')).toBe(22);
	});
});
