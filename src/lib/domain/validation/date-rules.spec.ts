import { describe, expect, it } from 'vitest';
import { checkDate } from './date-rules';

const today = '2026-11-22';
const codes = (value: string, rules: Parameters<typeof checkDate>[1]) =>
	checkDate(value, rules, today).issues.map((issue) => `${issue.severity}:${issue.code}`);

describe('checkDate', () => {
	it('returns the ISO date of a valid typed date', () => {
		expect(checkDate('5/2/2026', {}, today)).toEqual({ date: '2026-02-05', issues: [] });
	});

	it('names the parsing problem', () => {
		expect(codes('31/02/2026', {})).toEqual(['error:date_impossible']);
		expect(codes('5 tháng 2', {})).toEqual(['error:date_invalid_format']);
		expect(checkDate('01/01/0199', {}, today).issues[0]?.params).toEqual({ year: '0199' });
	});

	it('refuses future dates where they make no sense', () => {
		expect(codes('23/11/2026', { notFuture: true })).toEqual(['error:date_in_future']);
		expect(codes('22/11/2026', { notFuture: true })).toEqual([]);
	});

	it('checks bounds', () => {
		expect(codes('31/12/2025', { notBefore: '2026-01-01' })).toEqual(['error:date_before_min']);
		expect(checkDate('31/12/2025', { notBefore: '2026-01-01' }, today).issues[0]?.params).toEqual({
			min: '01/01/2026'
		});
		expect(codes('02/01/2026', { notAfter: '2026-01-01' })).toEqual(['error:date_after_max']);
	});

	it('warns, never blocks, past a deadline', () => {
		const rules = {
			notFuture: true,
			warnIfOlderThanDays: { days: 60, code: 'birth_registration_late' }
		} as const;
		expect(codes('23/09/2026', rules)).toEqual([]); // 60 days: still on time
		const late = checkDate('22/09/2026', rules, today).issues;
		expect(late).toEqual([
			{ code: 'birth_registration_late', severity: 'warning', params: { days: 61, limit: 60 } }
		]);
	});

	it('checks a minimum age', () => {
		expect(codes('23/11/2008', { minAgeYears: 18 })).toEqual(['error:age_below_minimum']);
		expect(codes('22/11/2008', { minAgeYears: 18 })).toEqual([]);
	});
});
