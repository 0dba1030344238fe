import { isIsoDate, todayInVietnam } from '../validation/dates';

/** Same bound as the server's: longer than any real shift. */
export const maxShiftHours = 16;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export type ShiftForm = { volunteerId: string; date: string; start: string; end: string };
export type ShiftFormProblem = 'volunteer' | 'date' | 'time' | 'order' | 'long';
export type ShiftFormResult =
	| { ok: true; startsAt: string; endsAt: string }
	| { ok: false; field: keyof ShiftForm; problem: ShiftFormProblem };

/** 'hh:mm' on a Vietnamese day, as the instant the server takes (Vietnam has no summer time). */
export const vietnamInstant = (date: string, clock: string) => `${date}T${clock}:00+07:00`;

/** 'hh:mm' of an instant in Vietnam, whatever the PC's own time zone. */
export function clockInVietnam(instant: Date): string {
	return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(11, 16);
}

/** The form's date and times, checked, as the two instants of a shift on one Vietnamese day. */
export function checkShiftForm(form: ShiftForm): ShiftFormResult {
	if (!form.volunteerId) return { ok: false, field: 'volunteerId', problem: 'volunteer' };
	if (!isIsoDate(form.date)) return { ok: false, field: 'date', problem: 'date' };
	if (!CLOCK.test(form.start)) return { ok: false, field: 'start', problem: 'time' };
	if (!CLOCK.test(form.end)) return { ok: false, field: 'end', problem: 'time' };
	const startsAt = vietnamInstant(form.date, form.start);
	const endsAt = vietnamInstant(form.date, form.end);
	const length = Date.parse(endsAt) - Date.parse(startsAt);
	if (length <= 0) return { ok: false, field: 'end', problem: 'order' };
	if (length > maxShiftHours * 3_600_000) return { ok: false, field: 'end', problem: 'long' };
	return { ok: true, startsAt, endsAt };
}

/** What the form starts with: today in Vietnam, from the next full hour for two hours. */
export function defaultShiftForm(now: Date): Omit<ShiftForm, 'volunteerId'> {
	const hour = Math.min(Number(clockInVietnam(now).slice(0, 2)) + 1, 21);
	const pad = (n: number) => String(n).padStart(2, '0');
	return { date: todayInVietnam(now), start: `${pad(hour)}:00`, end: `${pad(hour + 2)}:00` };
}
