import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultDaysOff, type DayOffRow } from './holidays';
import { addDays, civilToEpochDay, fromEpochDay } from './iso-date';
import {
	addWorkingDays,
	createWorkingCalendar,
	dayOffReceiptRules,
	dueDate,
	isWorkingDay,
	type DayOffReceiptRule,
	localDateAndTime,
	nextWorkingDay
} from './working-days';

/** Tết 2026 for public servants, decided by the government: an administrator adds these rows. */
const tet2026Decision: DayOffRow[] = Array.from({ length: 9 }, (_, i) => ({
	date: addDays('2026-02-14', i),
	name: { vi: 'Nghỉ Tết Nguyên đán (công chức, viên chức)', en: 'Tết break (public servants)' },
	kind: 'tet'
}));

const generated = createWorkingCalendar([2025, 2026, 2027].flatMap((y) => defaultDaysOff(y)));
const calendar = createWorkingCalendar([
	...[2025, 2026, 2027].flatMap((y) => defaultDaysOff(y)),
	...tet2026Decision
]);

/** An instant given as Vietnamese wall-clock time. */
const vn = (localDateTime: string) => new Date(`${localDateTime}+07:00`);
const sameDay = { kind: 'same_day', cutoffHour: 15 } as const;
const workingDays = (days: number) => ({ kind: 'working_days', days }) as const;

describe('isWorkingDay', () => {
	it('treats the generated Tết 2026 (16–20 Feb) and the decided 14–22 Feb as days off', () => {
		for (let i = 0; i < 5; i++)
			expect(isWorkingDay(addDays('2026-02-16', i), generated)).toBe(false);
		expect(isWorkingDay('2026-02-13', generated)).toBe(true);
		expect(isWorkingDay('2026-02-23', generated)).toBe(true);
		for (let i = 0; i < 9; i++)
			expect(isWorkingDay(addDays('2026-02-14', i), calendar)).toBe(false);
		expect(isWorkingDay('2026-02-13', calendar)).toBe(true);
		expect(isWorkingDay('2026-02-23', calendar)).toBe(true);
	});

	it('knows weekends, substitute days and Culture Day', () => {
		expect(isWorkingDay('2026-03-14', calendar)).toBe(false); // Saturday
		expect(isWorkingDay('2026-03-15', calendar)).toBe(false); // Sunday
		expect(isWorkingDay('2026-03-16', calendar)).toBe(true);
		expect(isWorkingDay('2026-04-27', calendar)).toBe(false); // Hùng Kings, taken Monday
		expect(isWorkingDay('2026-11-24', calendar)).toBe(false); // Tuesday, Culture Day
		expect(isWorkingDay('2027-02-10', calendar)).toBe(false); // Tết 2027 substitute
	});

	it('counts a Saturday worked in exchange for a bridge day', () => {
		const swapped = createWorkingCalendar(['2026-01-02'], { workedWeekendDays: ['2026-01-10'] });
		expect(isWorkingDay('2026-01-02', swapped)).toBe(false);
		expect(isWorkingDay('2026-01-10', swapped)).toBe(true);
		expect(nextWorkingDay('2026-01-09', swapped)).toBe('2026-01-10');
	});

	it('rejects malformed dates in the table', () => {
		expect(() => createWorkingCalendar(['2026-02-30'])).toThrow(RangeError);
		expect(() => createWorkingCalendar([{ date: '14/02/2026' }])).toThrow(RangeError);
	});
});

describe('addWorkingDays', () => {
	it('skips weekends and days off, not counting the start day', () => {
		expect(addWorkingDays('2026-03-09', 3, calendar)).toBe('2026-03-12');
		expect(addWorkingDays('2026-03-13', 1, calendar)).toBe('2026-03-16');
		expect(addWorkingDays('2026-03-14', 1, calendar)).toBe('2026-03-16');
		expect(addWorkingDays('2026-02-12', 2, calendar)).toBe('2026-02-23');
		expect(addWorkingDays('2026-03-09', 0, calendar)).toBe('2026-03-09');
		expect(addWorkingDays('2026-02-23', -1, calendar)).toBe('2026-02-13');
	});

	it('always lands on a working day with exactly n working days in between', () => {
		const start = civilToEpochDay(2025, 6, 1);
		fc.assert(
			fc.property(
				fc.integer({ min: start, max: start + 700 }),
				fc.integer({ min: 1, max: 40 }),
				(day, n) => {
					const from = fromEpochDay(day);
					const to = addWorkingDays(from, n, calendar);
					expect(isWorkingDay(to, calendar)).toBe(true);
					let count = 0;
					for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) {
						if (isWorkingDay(d, calendar)) count++;
					}
					expect(count).toBe(n);
				}
			)
		);
	});

	it('gives up on a table without working days instead of looping', () => {
		const allOff = createWorkingCalendar(
			Array.from({ length: 800 }, (_, i) => addDays('2026-01-01', i))
		);
		expect(() => addWorkingDays('2026-01-01', 1, allOff)).toThrow(RangeError);
		expect(() => addWorkingDays('2026-01-01', 1.5, calendar)).toThrow(RangeError);
	});
});

describe('localDateAndTime', () => {
	it('reads Vietnamese wall-clock time whatever the machine time zone', () => {
		expect(localDateAndTime(new Date('2026-03-10T17:30:00Z'))).toEqual({
			date: '2026-03-11',
			msOfDay: 30 * 60_000
		});
		expect(localDateAndTime(vn('2026-03-10T14:59:59.999')).date).toBe('2026-03-10');
		expect(() => localDateAndTime(new Date('nonsense'))).toThrow(RangeError);
	});
});

describe('dueDate: same-day procedures (15h rule)', () => {
	const due = (receivedAt: Date, pausedWorkingDays?: number) =>
		dueDate({ receivedAt, timeLimit: sameDay, calendar, pausedWorkingDays });

	it('is the same day before 15:00 and the next working day from 15:00', () => {
		expect(due(vn('2026-03-10T14:59'))).toBe('2026-03-10');
		expect(due(vn('2026-03-10T14:59:59.999'))).toBe('2026-03-10');
		expect(due(vn('2026-03-10T15:00'))).toBe('2026-03-11');
		expect(due(vn('2026-03-10T07:30'))).toBe('2026-03-10');
	});

	it('rolls Friday afternoon over to Monday', () => {
		expect(due(vn('2026-03-13T16:00'))).toBe('2026-03-16');
	});

	it('rolls over a holiday block: Wednesday 29 April 2026 at 15:30 → Monday 4 May', () => {
		expect(due(vn('2026-04-29T15:30'))).toBe('2026-05-04');
		expect(due(vn('2026-02-13T15:00'))).toBe('2026-02-23'); // eve of Tết 2026
	});

	it('is the next working day for a dossier received on a day off', () => {
		expect(due(vn('2026-03-14T09:00'))).toBe('2026-03-16'); // Saturday morning (police desk)
		expect(due(vn('2026-09-02T10:00'))).toBe('2026-09-03'); // National Day
	});

	it('uses the Vietnamese date of the instant, not UTC', () => {
		// 23:30 UTC on the 9th is 06:30 on Tuesday the 10th in Hà Nội
		expect(due(new Date('2026-03-09T23:30:00Z'))).toBe('2026-03-10');
		// 08:00 UTC is 15:00 in Hà Nội
		expect(due(new Date('2026-03-10T08:00:00Z'))).toBe('2026-03-11');
	});

	it('accepts another cut-off hour and pushes the date by paused working days', () => {
		const at = vn('2026-03-10T16:30');
		expect(
			dueDate({ receivedAt: at, timeLimit: { kind: 'same_day', cutoffHour: 17 }, calendar })
		).toBe('2026-03-10');
		expect(dueDate({ receivedAt: at, timeLimit: { kind: 'same_day' }, calendar })).toBe(
			'2026-03-11'
		);
		expect(due(vn('2026-03-13T10:00'), 1)).toBe('2026-03-16');
	});
});

describe('dueDate: working-day limits', () => {
	const due = (receivedAt: Date, days: number, pausedWorkingDays?: number) =>
		dueDate({ receivedAt, timeLimit: workingDays(days), calendar, pausedWorkingDays });

	it('counts from the working day after receipt', () => {
		expect(due(vn('2026-03-09T09:00'), 3)).toBe('2026-03-12'); // temporary residence
		expect(due(vn('2026-03-09T16:45'), 3)).toBe('2026-03-12'); // the hour does not matter
		expect(due(vn('2026-03-13T10:00'), 7)).toBe('2026-03-24'); // permanent residence
		expect(due(vn('2026-03-10T10:00'), 1)).toBe('2026-03-11'); // residence confirmation
	});

	it('counts a receipt on a day off from the next working day', () => {
		expect(due(vn('2026-03-14T09:00'), 1)).toBe('2026-03-16');
		expect(due(vn('2026-03-15T09:00'), 3)).toBe('2026-03-18');
	});

	it('counts the next working day as day 1 or day 0, as the administrator sets', () => {
		const rule = (receivedOnDayOff: DayOffReceiptRule) => (receivedAt: Date, days: number) =>
			dueDate({ receivedAt, timeLimit: workingDays(days), calendar, receivedOnDayOff });
		const day1 = rule('next_working_day_is_day_1');
		const day0 = rule('next_working_day_is_day_0');
		// Saturday 14 March 2026, 3 working days. Day 1: Mon 16 (1), Tue 17 (2), Wed 18 (3).
		expect(day1(vn('2026-03-14T09:00'), 3)).toBe('2026-03-18');
		expect(due(vn('2026-03-14T09:00'), 3)).toBe('2026-03-18'); // the default
		// Day 0: Mon 16 is the day of receipt; Tue 17 (1), Wed 18 (2), Thu 19 (3).
		expect(day0(vn('2026-03-14T09:00'), 3)).toBe('2026-03-19');
		// During Tết 2026 (14–22 Feb off): Mon 23 is day 1 or day 0.
		expect(day1(vn('2026-02-18T10:00'), 1)).toBe('2026-02-23');
		expect(day0(vn('2026-02-18T10:00'), 1)).toBe('2026-02-24');
		// A working day is counted the same way under either rule.
		expect(day0(vn('2026-03-13T10:00'), 3)).toBe(day1(vn('2026-03-13T10:00'), 3));
		// A limit of 0 working days is due on the next working day either way.
		expect(day0(vn('2026-03-14T09:00'), 0)).toBe('2026-03-16');
		expect(day1(vn('2026-03-14T09:00'), 0)).toBe('2026-03-16');
	});

	it('leaves same-day procedures alone: received on a day off, due the next working day', () => {
		for (const receivedOnDayOff of dayOffReceiptRules) {
			const at = vn('2026-03-14T09:00');
			expect(dueDate({ receivedAt: at, timeLimit: sameDay, calendar, receivedOnDayOff })).toBe(
				'2026-03-16'
			);
		}
	});

	it('counts a worked Saturday as the working day it is, under either rule', () => {
		const withMakeUp = createWorkingCalendar(
			[...[2025, 2026, 2027].flatMap((y) => defaultDaysOff(y))],
			{ workedWeekendDays: ['2026-03-14'] }
		);
		for (const receivedOnDayOff of dayOffReceiptRules) {
			const receivedAt = vn('2026-03-14T09:00');
			const args = { receivedAt, timeLimit: workingDays(1), calendar: withMakeUp };
			expect(dueDate({ ...args, receivedOnDayOff })).toBe('2026-03-16');
		}
	});

	it('skips Tết', () => {
		// 11 Feb 2026: Thu 12 (1), Fri 13 (2), Tết 14–22, Mon 23 (3), Tue 24 (4), Wed 25 (5)
		expect(due(vn('2026-02-11T10:00'), 5)).toBe('2026-02-25');
		expect(
			dueDate({
				receivedAt: vn('2026-02-11T10:00'),
				timeLimit: workingDays(5),
				calendar: generated
			})
		).toBe('2026-02-25');
		// Tết 2027 generated with its substitutes: 5–11 Feb off
		expect(due(vn('2027-02-04T10:00'), 1)).toBe('2027-02-12');
	});

	it('adds paused working days', () => {
		// 3 working days from Monday 9 March, 2 of them waiting for the citizen: Mon 16 March
		expect(due(vn('2026-03-09T09:00'), 3, 2)).toBe('2026-03-16');
		expect(due(vn('2026-03-09T09:00'), 3, 0)).toBe('2026-03-12');
	});

	it('rejects nonsense limits', () => {
		expect(() => due(vn('2026-03-09T09:00'), -1)).toThrow(RangeError);
		expect(() => due(vn('2026-03-09T09:00'), 2.5)).toThrow(RangeError);
		expect(() => due(vn('2026-03-09T09:00'), 3, -1)).toThrow(RangeError);
	});
});
