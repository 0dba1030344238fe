import { z } from 'zod';
import { addWorkingDays, localDateAndTime, type WorkingCalendar } from '../calendar/working-days';

const count = z.number().int().min(0).max(1_000_000);
const bytes = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** What a PC reports of itself on each sync: counts and sizes, no personal data. */
export const deviceReportSchema = z.strictObject({
	appVersion: z
		.string()
		.max(40)
		.regex(/^[\w.+-]*$/)
		.optional(),
	storageUsedBytes: bytes.optional(),
	storageQuotaBytes: bytes.optional(),
	dossiersWaiting: count.optional(),
	/** ISO instant of the oldest dossier still waiting to be sent. */
	oldestWaitingAt: z.iso.datetime({ offset: true }).nullable().optional(),
	refusalsWaiting: count.optional()
});

export type DeviceReport = z.infer<typeof deviceReportSchema>;

/**
 * True when a dossier has waited on a PC into the working day after the one it was queued on
 * (a Friday's still waiting on Monday, not on Saturday): more than a working day without
 * reaching the ward is worth a manager's look (issue 21). Days in Vietnam, by the ward's
 * calendar (days off and make-up days).
 */
export function waitingTooLong(
	oldestWaitingAt: Date,
	now: Date,
	calendar: WorkingCalendar
): boolean {
	const queuedOn = localDateAndTime(oldestWaitingAt).date;
	const today = localDateAndTime(now).date;
	return addWorkingDays(queuedOn, 1, calendar) <= today;
}
