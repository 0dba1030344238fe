import { isIsoDate, type IsoDate } from '../calendar/iso-date';
import { isWorkingDay, type WorkingCalendar } from '../calendar/working-days';
import { isOverdue } from './overdue';
import type { DossierStatus } from './status';

export const APOLOGY_REASON_MIN = 10;
export const APOLOGY_REASON_MAX = 1000;

/**
 * Apology before action (Long Biên's rule, Form 04): a late dossier takes no other action until
 * the officer has written an apology with a new date.
 */
export const apologyRequired = (
	dossier: { dueDate: IsoDate; status: DossierStatus },
	today: IsoDate
): boolean => isOverdue(dossier, today);

export type ApologyDateProblem = 'not_a_date' | 'not_after_today' | 'not_a_working_day';

/** The new date an apology promises: a real date, after today, on a working day. */
export function apologyDateProblem(
	newDate: string,
	today: IsoDate,
	calendar: WorkingCalendar
): ApologyDateProblem | undefined {
	if (!isIsoDate(newDate)) return 'not_a_date';
	if (newDate <= today) return 'not_after_today';
	if (!isWorkingDay(newDate, calendar)) return 'not_a_working_day';
	return undefined;
}
