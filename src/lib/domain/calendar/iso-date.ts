/**
 * Calendar dates as 'yyyy-mm-dd' strings and as day numbers, with integer
 * arithmetic only: no Date object, so the machine's time zone never leaks in.
 */

/** 'yyyy-mm-dd' (proleptic Gregorian). */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Julian Day Number of 1970-01-01 (noon-based day count used by astronomers). */
export const JDN_OF_EPOCH = 2_440_588;

const daysInMonth = (year: number, month: number): number =>
	month === 2
		? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
			? 29
			: 28
		: [4, 6, 9, 11].includes(month)
			? 30
			: 31;

export const isIsoDate = (s: string): boolean => {
	const m = ISO_DATE.exec(s);
	if (!m) return false;
	const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
};

export const parseIsoDate = (s: IsoDate): { year: number; month: number; day: number } => {
	if (!isIsoDate(s)) throw new RangeError(`not a yyyy-mm-dd date: ${s}`);
	const [year, month, day] = s.split('-').map(Number) as [number, number, number];
	return { year, month, day };
};

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export const civilToEpochDay = (year: number, month: number, day: number): number => {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * 146_097 + dayOfEra - 719_468;
};

export const epochDayToCivil = (epochDay: number): { year: number; month: number; day: number } => {
	const z = epochDay + 719_468;
	const era = Math.floor(z / 146_097);
	const dayOfEra = z - era * 146_097;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1460) +
			Math.floor(dayOfEra / 36_524) -
			Math.floor(dayOfEra / 146_096)) /
			365
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const mp = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

export const toEpochDay = (iso: IsoDate): number => {
	const { year, month, day } = parseIsoDate(iso);
	return civilToEpochDay(year, month, day);
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const formatIsoDate = (year: number, month: number, day: number): IsoDate =>
	`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

export const fromEpochDay = (epochDay: number): IsoDate => {
	const { year, month, day } = epochDayToCivil(epochDay);
	return formatIsoDate(year, month, day);
};

export const addDays = (iso: IsoDate, days: number): IsoDate =>
	fromEpochDay(toEpochDay(iso) + days);

export const weekdayOfEpochDay = (epochDay: number): Weekday =>
	((((epochDay + 4) % 7) + 7) % 7) as Weekday; // 1970-01-01 was a Thursday

export const weekday = (iso: IsoDate): Weekday => weekdayOfEpochDay(toEpochDay(iso));
