/** A calendar date as 'yyyy-mm-dd'. Dates carry no time and no time zone. */
export type IsoDate = string;

export type DateParseResult =
	{ ok: true; date: IsoDate } | { ok: false; reason: 'format' | 'impossible' | 'year' };

const MS_PER_DAY = 86_400_000;
// Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving), so an offset is exact.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
// Plausible years for people and records; catches '0199' or '20265' typed in haste.
const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

// Spaces around the separators are what some keyboards and habits produce ("05 / 02 / 2026").
const DISPLAY_DATE = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function pad(value: number, width = 2): string {
	return String(value).padStart(width, '0');
}

function checkParts(year: number, month: number, day: number): DateParseResult {
	if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: 'year' };
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
		return { ok: false, reason: 'impossible' };
	}
	return { ok: true, date: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/**
 * Parses what a person types: dd/mm/yyyy, also d/m/yyyy, '-' or '.' as separators, and spaces
 * around them.
 */
export function parseDisplayDate(input: string): DateParseResult {
	const match = DISPLAY_DATE.exec(input.trim());
	if (!match) return { ok: false, reason: 'format' };
	return checkParts(Number(match[4]), Number(match[3]), Number(match[1]));
}

/** Parses a stored 'yyyy-mm-dd' date strictly. */
export function parseIsoDate(input: string): DateParseResult {
	const match = ISO_DATE.exec(input);
	if (!match) return { ok: false, reason: 'format' };
	return checkParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Accepts either form: forms send ISO from date pickers, or dd/mm/yyyy typed by hand. */
export function parseDate(input: string): DateParseResult {
	return ISO_DATE.test(input.trim()) ? parseIsoDate(input.trim()) : parseDisplayDate(input);
}

export function isIsoDate(value: unknown): value is IsoDate {
	return typeof value === 'string' && parseIsoDate(value).ok;
}

function partsOf(iso: IsoDate): [number, number, number] {
	const parsed = parseIsoDate(iso);
	if (!parsed.ok) throw new RangeError(`Not an ISO date: ${iso}`);
	const [year, month, day] = parsed.date.split('-').map(Number);
	return [year ?? 0, month ?? 0, day ?? 0];
}

export function yearOf(iso: IsoDate): number {
	return partsOf(iso)[0];
}

/** 'yyyy-mm-dd' → 'dd/mm/yyyy', the form shown on screen. */
export function formatDisplayDate(iso: IsoDate): string {
	const [year, month, day] = partsOf(iso);
	return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

/**
 * 'yyyy-mm-dd' → 'ngày 05 tháng 02 năm 2026'. Decree 30/2020 (Annex I) puts a leading zero
 * before days below 10 and before months 1 and 2 only: 'ngày 15 tháng 3 năm 2026'.
 */
export function formatDocumentDate(iso: IsoDate): string {
	const [year, month, day] = partsOf(iso);
	const monthText = month <= 2 ? pad(month) : String(month);
	return `ngày ${pad(day)} tháng ${monthText} năm ${year}`;
}

/** Today's date in Vietnam, whatever the machine's own time zone. */
export function todayInVietnam(now: Date): IsoDate {
	return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

function toUtcMs(iso: IsoDate): number {
	const [year, month, day] = partsOf(iso);
	return Date.UTC(year, month - 1, day);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
	return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
	return new Date(toUtcMs(iso) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Completed years of age on `on` (a person born 29/02 turns a year older on 01/03). */
export function ageInYears(dateOfBirth: IsoDate, on: IsoDate): number {
	const [by, bm, bd] = partsOf(dateOfBirth);
	const [y, m, d] = partsOf(on);
	const hadBirthday = m > bm || (m === bm && d >= bd);
	return y - by - (hadBirthday ? 0 : 1);
}
