import { describe, expect, it } from 'vitest';
import { defaultDaysOff } from '../calendar/holidays';
import { createWorkingCalendar } from '../calendar/working-days';
import { pausedWorkingDays, resumedDueDate } from './clock-pause';

const calendar = createWorkingCalendar([2026, 2027].flatMap((y) => defaultDaysOff(y)));

describe('clock pause while waiting for a supplement', () => {
	it('counts nothing when the supplement comes the same day', () => {
		expect(pausedWorkingDays('2026-03-10', '2026-03-10', calendar)).toBe(0);
	});

	it('counts working days after the request up to the arrival, skipping the weekend', () => {
		// Requested Friday 6 March, supplied Tuesday 10 March: Monday and Tuesday.
		expect(pausedWorkingDays('2026-03-06', '2026-03-10', calendar)).toBe(2);
		expect(
			resumedDueDate({
				dueDate: '2026-03-11',
				pausedOn: '2026-03-06',
				resumedOn: '2026-03-10',
				calendar
			})
		).toEqual({ dueDate: '2026-03-13', pausedWorkingDays: 2 });
	});

	it('does not count the Tết days the citizen waited through, and moves past them', () => {
		// Requested Thursday 12 Feb 2026, supplied Tuesday 24 Feb; Tết 16–20 Feb is off.
		expect(pausedWorkingDays('2026-02-12', '2026-02-24', calendar)).toBe(3);
		expect(
			resumedDueDate({
				dueDate: '2026-02-13',
				pausedOn: '2026-02-12',
				resumedOn: '2026-02-24',
				calendar
			})
		).toEqual({ dueDate: '2026-02-25', pausedWorkingDays: 3 });
	});

	it('pushes a due date across the National Day holidays', () => {
		// Paused Friday 28 Aug 2026, resumed Thursday 3 Sept; 1–2 Sept are National Day: paused
		// 31 Aug and 3 Sept. Due Monday 31 Aug becomes Friday 4 Sept (3 and 4 Sept).
		expect(
			resumedDueDate({
				dueDate: '2026-08-31',
				pausedOn: '2026-08-28',
				resumedOn: '2026-09-03',
				calendar
			})
		).toEqual({ dueDate: '2026-09-04', pausedWorkingDays: 2 });
	});
});
