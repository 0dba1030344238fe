import { addDays, type IsoDate } from '../calendar/iso-date';
import { addWorkingDays, isWorkingDay, type WorkingCalendar } from '../calendar/working-days';

/**
 * Working days the clock stood still: those after the day the supplement was requested, up to
 * and including the day it arrived. The request day was still worked on; the arrival day was
 * not (the office only learns of it then). Requested and supplied the same day: none.
 */
export function pausedWorkingDays(
	pausedOn: IsoDate,
	resumedOn: IsoDate,
	calendar: WorkingCalendar
): number {
	let count = 0;
	for (let day = addDays(pausedOn, 1); day <= resumedOn; day = addDays(day, 1)) {
		if (isWorkingDay(day, calendar)) count++;
	}
	return count;
}

/**
 * The due date once the citizen's supplement arrives: later by the working days paused
 * (Form 02's "thời gian chờ bổ sung không tính vào thời hạn giải quyết").
 */
export function resumedDueDate(args: {
	dueDate: IsoDate;
	pausedOn: IsoDate;
	resumedOn: IsoDate;
	calendar: WorkingCalendar;
}): { dueDate: IsoDate; pausedWorkingDays: number } {
	const paused = pausedWorkingDays(args.pausedOn, args.resumedOn, args.calendar);
	return {
		dueDate: addWorkingDays(args.dueDate, paused, args.calendar),
		pausedWorkingDays: paused
	};
}
