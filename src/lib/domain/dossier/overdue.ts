import type { IsoDate } from '../calendar/iso-date';
import type { DossierStatus } from './status';

/**
 * Statuses in which the office owes a result. While the office waits for the citizen's
 * supplement the clock is stopped (see clock-pause.ts); a result ready, delivered or a rejection
 * is an answer, so none of them is ever late.
 */
const runningClock: readonly DossierStatus[] = ['received', 'processing'];

export const clockRuns = (status: DossierStatus): boolean => runningClock.includes(status);

/**
 * Overdue is derived, never stored: the due date has passed (today is after it, in Vietnam)
 * and the office still owes the result. ISO dates compare as strings.
 */
export function isOverdue(dossier: { dueDate: IsoDate; status: DossierStatus }, today: IsoDate) {
	return clockRuns(dossier.status) && today > dossier.dueDate;
}
