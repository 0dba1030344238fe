import { describe, expect, it } from 'vitest';
import {
	formatAdministrativeDate,
	formatAdministrativeDateTime,
	formatAdministrativeTime
} from './administrative-date';

describe('formatAdministrativeDate', () => {
	it('writes a calendar day with the leading zeros of Decree 30/2020', () => {
		expect(formatAdministrativeDate('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
		expect(formatAdministrativeDate('2026-01-31')).toBe('ngày 31 tháng 01 năm 2026');
		expect(formatAdministrativeDate('2026-03-09')).toBe('ngày 09 tháng 3 năm 2026');
		expect(formatAdministrativeDate('2026-12-24')).toBe('ngày 24 tháng 12 năm 2026');
	});

	it('reads an instant in Vietnam time, whatever the machine zone', () => {
		// 17:30 UTC on 31 Dec is 00:30 on 1 Jan in Vietnam.
		expect(formatAdministrativeDate(new Date('2026-12-31T17:30:00Z'))).toBe(
			'ngày 01 tháng 01 năm 2027'
		);
		expect(formatAdministrativeDate(new Date('2026-02-04T16:59:59Z'))).toBe(
			'ngày 04 tháng 02 năm 2026'
		);
	});

	it('refuses a string that is not a yyyy-mm-dd day', () => {
		expect(() => formatAdministrativeDate('05/02/2026')).toThrow(RangeError);
		expect(() => formatAdministrativeDate('2026-02-30')).toThrow(RangeError);
	});
});

describe('formatAdministrativeTime', () => {
	it('writes hours and minutes in Vietnam with two digits each', () => {
		expect(formatAdministrativeTime(new Date('2026-02-05T07:05:00Z'))).toBe('14 giờ 05');
		expect(formatAdministrativeTime(new Date('2026-02-05T01:30:59Z'))).toBe('08 giờ 30');
		expect(formatAdministrativeTime(new Date('2026-02-04T17:00:00Z'))).toBe('00 giờ 00');
	});

	it('joins time and date for a moment of receipt', () => {
		expect(formatAdministrativeDateTime(new Date('2026-02-05T07:05:00Z'))).toBe(
			'14 giờ 05, ngày 05 tháng 02 năm 2026'
		);
	});
});
