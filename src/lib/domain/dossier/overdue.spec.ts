import { describe, expect, it } from 'vitest';
import { defaultDaysOff } from '../calendar/holidays';
import { createWorkingCalendar, dueDate } from '../calendar/working-days';
import { apologyDateProblem, apologyRequired } from './apology';
import { isOverdue } from './overdue';
import { dossierStatuses } from './status';

const calendar = createWorkingCalendar([2026, 2027].flatMap((y) => defaultDaysOff(y)));

describe('isOverdue', () => {
	it('is late only the day after the due date, while a result is owed', () => {
		expect(isOverdue({ dueDate: '2026-04-24', status: 'processing' }, '2026-04-24')).toBe(false);
		expect(isOverdue({ dueDate: '2026-04-24', status: 'processing' }, '2026-04-25')).toBe(true);
		expect(isOverdue({ dueDate: '2026-04-24', status: 'received' }, '2026-05-04')).toBe(true);
	});

	it('is never late while paused for a supplement, or once answered', () => {
		for (const status of dossierStatuses) {
			const late = isOverdue({ dueDate: '2026-01-05', status }, '2026-03-01');
			expect(late, status).toBe(status === 'received' || status === 'processing');
		}
	});

	it('counts the due date across the Hùng Kings day and 30/4–1/5, then derives lateness', () => {
		// Received Thursday 23 April 2026 at 09:00; Hùng Kings day falls on Sunday 26 April 2026
		// (10/3 lunar), substituted on Monday 27 April; 30 April and 1 May are holidays: the four
		// working days are 24, 28, 29 April and 4 May.
		const due = dueDate({
			receivedAt: new Date('2026-04-23T09:00:00+07:00'),
			timeLimit: { kind: 'working_days', days: 4 },
			calendar
		});
		expect(due).toBe('2026-05-04');
		expect(isOverdue({ dueDate: due, status: 'processing' }, '2026-05-01')).toBe(false);
		expect(isOverdue({ dueDate: due, status: 'processing' }, '2026-05-04')).toBe(false);
		expect(isOverdue({ dueDate: due, status: 'processing' }, '2026-05-05')).toBe(true);
	});
});

describe('apology before action', () => {
	it('is required exactly when the dossier is overdue', () => {
		expect(apologyRequired({ dueDate: '2026-05-04', status: 'processing' }, '2026-05-05')).toBe(
			true
		);
		expect(apologyRequired({ dueDate: '2026-05-04', status: 'processing' }, '2026-05-04')).toBe(
			false
		);
		expect(
			apologyRequired({ dueDate: '2026-05-04', status: 'needs_supplement' }, '2026-06-01')
		).toBe(false);
	});

	it('promises a new date after today on a working day', () => {
		expect(apologyDateProblem('2026-05-06', '2026-05-05', calendar)).toBeUndefined();
		expect(apologyDateProblem('2026-05-05', '2026-05-05', calendar)).toBe('not_after_today');
		expect(apologyDateProblem('2026-05-09', '2026-05-05', calendar)).toBe('not_a_working_day');
		expect(apologyDateProblem('2026-09-02', '2026-08-20', calendar)).toBe('not_a_working_day');
		expect(apologyDateProblem('2026-02-30', '2026-01-05', calendar)).toBe('not_a_date');
	});
});
