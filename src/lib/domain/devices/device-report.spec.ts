import { describe, expect, it } from 'vitest';
import { createWorkingCalendar } from '../calendar/working-days';
import { waitingTooLong } from './device-report';

describe('a PC waiting too long', () => {
	const calendar = createWorkingCalendar(['2026-09-02']);
	const at = (iso: string) => new Date(iso);

	it('is flagged once the working day after the queueing day has begun', () => {
		// Monday 16:00 in Vietnam → Tuesday 09:00.
		expect(waitingTooLong(at('2026-11-23T09:00:00Z'), at('2026-11-24T02:00:00Z'), calendar)).toBe(
			true
		);
		// Tuesday 08:00 → Tuesday 09:00.
		expect(waitingTooLong(at('2026-11-24T01:00:00Z'), at('2026-11-24T02:00:00Z'), calendar)).toBe(
			false
		);
	});

	it('does not count the weekend and the days off', () => {
		// Friday 2026-11-27 → Saturday and Sunday: not yet; Monday: yes.
		const friday = at('2026-11-27T03:00:00Z');
		expect(waitingTooLong(friday, at('2026-11-29T03:00:00Z'), calendar)).toBe(false);
		expect(waitingTooLong(friday, at('2026-11-30T03:00:00Z'), calendar)).toBe(true);
		// Tuesday 2026-09-01 → Wednesday 2 September is a holiday: flagged on Thursday.
		const beforeHoliday = at('2026-09-01T03:00:00Z');
		expect(waitingTooLong(beforeHoliday, at('2026-09-02T03:00:00Z'), calendar)).toBe(false);
		expect(waitingTooLong(beforeHoliday, at('2026-09-03T03:00:00Z'), calendar)).toBe(true);
	});
});
