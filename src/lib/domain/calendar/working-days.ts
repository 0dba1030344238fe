/**
 * Working days and due dates for dossiers. Offices work Monday to Friday; days off
 * come from the administrator's table (pre-filled by holidays.ts). Times are read in
 * Asia/Ho_Chi_Minh by offset arithmetic (UTC+7, no daylight saving since 1975), never
 * in the machine's time zone: the same code runs on a kiosk PC, a server and CI.
 */
import { addDays, fromEpochDay, isIsoDate, weekday, type IsoDate } from './iso-date';

export type WorkingCalendar = {
	/** Weekdays that are not worked: holidays, substitute days, Tết, bridge days. */
	readonly daysOff: ReadonlySet<IsoDate>;
	/** Saturdays or Sundays worked in exchange for a bridge day (ngày làm bù). */
	readonly workedWeekendDays: ReadonlySet<IsoDate>;
	/**
	 * Commune police also receive dossiers on Saturday morning. Informational (opening
	 * hours shown to citizens): time limits still count Monday–Friday working days.
	 */
	readonly saturdayMorning: boolean;
};

export type TimeLimit =
	/** Result the same working day; received at or after the cut-off (15:00) → next working day. */
	{ kind: 'same_day'; cutoffHour?: number } | { kind: 'working_days'; days: number };

/**
 * How a dossier received on a day off (a weekend, a holiday, through the app or a kiosk) is
 * counted: the next working day is day 1 of the time limit (as if received the working day
 * before), or day 0 (as if received on that day). The law says neither; the administrator
 * chooses (docs/due-dates.md). Day 1 is what the app did first and stays the default.
 */
export const dayOffReceiptRules = [
	'next_working_day_is_day_1',
	'next_working_day_is_day_0'
] as const;
export type DayOffReceiptRule = (typeof dayOffReceiptRules)[number];
export const DEFAULT_DAY_OFF_RECEIPT_RULE: DayOffReceiptRule = 'next_working_day_is_day_1';

export const VIETNAM_OFFSET_MINUTES = 7 * 60;
const DEFAULT_CUTOFF_HOUR = 15; // "15h rule" [sec]
const MS_PER_DAY = 86_400_000;
/** A year without a single working day means the table is broken, not a long holiday. */
const MAX_DAYS_WITHOUT_WORK = 366;

const dateOf = (day: IsoDate | { date: IsoDate }): IsoDate =>
	typeof day === 'string' ? day : day.date;

const checkedDates = (days: ReadonlyArray<IsoDate | { date: IsoDate }>): Set<IsoDate> =>
	new Set(
		days.map((day) => {
			const date = dateOf(day);
			if (!isIsoDate(date)) throw new RangeError(`not a yyyy-mm-dd date: ${date}`);
			return date;
		})
	);

/** A calendar from days-off rows (or bare ISO dates), e.g. defaultDaysOff(y) plus admin rows. */
export const createWorkingCalendar = (
	daysOff: ReadonlyArray<IsoDate | { date: IsoDate }>,
	opts: { workedWeekendDays?: ReadonlyArray<IsoDate>; saturdayMorning?: boolean } = {}
): WorkingCalendar => ({
	daysOff: checkedDates(daysOff),
	workedWeekendDays: checkedDates(opts.workedWeekendDays ?? []),
	saturdayMorning: opts.saturdayMorning ?? false
});

export const isWorkingDay = (isoDate: IsoDate, calendar: WorkingCalendar): boolean => {
	const day = weekday(isoDate);
	if (day === 0 || day === 6) return calendar.workedWeekendDays.has(isoDate);
	return !calendar.daysOff.has(isoDate);
};

/** The first working day strictly after (or, with step -1, before) a date. */
const stepToWorkingDay = (isoDate: IsoDate, calendar: WorkingCalendar, step: 1 | -1): IsoDate => {
	let date = isoDate;
	for (let i = 0; i < MAX_DAYS_WITHOUT_WORK; i++) {
		date = addDays(date, step);
		if (isWorkingDay(date, calendar)) return date;
	}
	throw new RangeError(`no working day within a year of ${isoDate}: check the days-off table`);
};

export const nextWorkingDay = (isoDate: IsoDate, calendar: WorkingCalendar): IsoDate =>
	stepToWorkingDay(isoDate, calendar, 1);

/**
 * The n-th working day after a date (n < 0: before it); the start day itself is not
 * counted, whether or not it is a working day. n = 0 returns the date unchanged.
 */
export const addWorkingDays = (isoDate: IsoDate, n: number, calendar: WorkingCalendar): IsoDate => {
	if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number: ${n}`);
	let date = isoDate;
	for (let i = 0; i < Math.abs(n); i++) date = stepToWorkingDay(date, calendar, n > 0 ? 1 : -1);
	return date;
};

/** Local calendar date and milliseconds since local midnight of an instant, at a fixed offset. */
export const localDateAndTime = (
	instant: Date,
	offsetMinutes = VIETNAM_OFFSET_MINUTES
): { date: IsoDate; msOfDay: number } => {
	const local = instant.getTime() + offsetMinutes * 60_000;
	if (!Number.isFinite(local)) throw new RangeError('invalid date');
	const epochDay = Math.floor(local / MS_PER_DAY);
	return { date: fromEpochDay(epochDay), msOfDay: local - epochDay * MS_PER_DAY };
};

/**
 * The date a result is due (ISO date, local to Vietnam).
 * - same_day: the day of receipt if it is a working day and the dossier came in before
 *   the cut-off hour, otherwise the next working day;
 * - working_days: counted from the working day after receipt; a dossier received on a
 *   day off counts from the next working day, as day 1 or as day 0 (`receivedOnDayOff`);
 *   a same-day limit ignores that rule: such a dossier is due the next working day either way;
 * - pausedWorkingDays: working days spent waiting for the citizen to complete the
 *   dossier (Form 02), which push the due date back.
 */
export const dueDate = (args: {
	receivedAt: Date;
	timeLimit: TimeLimit;
	calendar: WorkingCalendar;
	pausedWorkingDays?: number;
	receivedOnDayOff?: DayOffReceiptRule;
}): IsoDate => {
	const { receivedAt, timeLimit, calendar, pausedWorkingDays = 0 } = args;
	const receivedOnDayOff = args.receivedOnDayOff ?? DEFAULT_DAY_OFF_RECEIPT_RULE;
	if (!Number.isInteger(pausedWorkingDays) || pausedWorkingDays < 0) {
		throw new RangeError(`paused working days must be a whole number ≥ 0: ${pausedWorkingDays}`);
	}
	const { date, msOfDay } = localDateAndTime(receivedAt);

	if (timeLimit.kind === 'same_day') {
		const cutoffMs = (timeLimit.cutoffHour ?? DEFAULT_CUTOFF_HOUR) * 3_600_000;
		const due =
			isWorkingDay(date, calendar) && msOfDay < cutoffMs ? date : nextWorkingDay(date, calendar);
		return addWorkingDays(due, pausedWorkingDays, calendar);
	}

	const { days } = timeLimit;
	if (!Number.isInteger(days) || days < 0) {
		throw new RangeError(`a time limit must be a whole number of working days ≥ 0: ${days}`);
	}
	const total = days + pausedWorkingDays;
	if (isWorkingDay(date, calendar)) return addWorkingDays(date, total, calendar);
	// Received on a day off: the next working day is day 1 (already one day of the limit) or
	// day 0 (the day of receipt, the limit counted after it).
	const firstWorkingDay = nextWorkingDay(date, calendar);
	const rest = receivedOnDayOff === 'next_working_day_is_day_0' ? total : Math.max(total - 1, 0);
	return addWorkingDays(firstWorkingDay, rest, calendar);
};
