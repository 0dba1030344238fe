/**
 * The Vietnamese lunisolar calendar (âm lịch), computed from astronomy for a time
 * zone: UTC+7 for Vietnam today. China's calendar applies the same rules at UTC+8,
 * which is why the two sometimes differ by a day or a month.
 *
 * The rules:
 * - a month starts on the local day of a new moon;
 * - month 11 is the month containing the December solstice;
 * - when 13 months run from one month 11 to the next, the first of them without a
 *   major solar term (trung khí: the sun's longitude crossing a multiple of 30°) is
 *   a leap month and repeats the number of the month before it.
 *
 * Written from the astronomy in astronomy.ts; no third-party lunar calendar code.
 */
import { jdOfSunLongitude, lunationNumberNear, newMoonJulianDay, sunLongitude } from './astronomy';
import {
	civilToEpochDay,
	formatIsoDate,
	fromEpochDay,
	JDN_OF_EPOCH,
	toEpochDay,
	type IsoDate
} from './iso-date';

export { newMoonJulianDay, sunLongitude } from './astronomy';

export type LunarDate = { year: number; month: number; day: number; leap: boolean };

/** One lunar month: its number, whether it is the leap repeat, first solar day, length (29/30). */
export type LunarMonth = {
	year: number;
	month: number;
	leap: boolean;
	start: IsoDate;
	length: number;
};

/** Vietnam's civil time zone, hours east of UTC. */
export const VIETNAM_UTC_OFFSET = 7;

type MonthSpan = { year: number; month: number; leap: boolean; startJdn: number; endJdn: number };

/** Julian Day Number of the local calendar day containing the instant `jd` (UT). */
const localJdn = (jd: number, tz: number): number => Math.floor(jd + 0.5 + tz / 24);

/** Julian Day (UT) of local midnight at the start of day `jdn`. */
const localMidnight = (jdn: number, tz: number): number => jdn - 0.5 - tz / 24;

const newMoonDay = (k: number, tz: number): number => localJdn(newMoonJulianDay(k), tz);

/** Number k of the lunation whose local first day is on or before `jdn` and lasts past it. */
const lunationContaining = (jdn: number, tz: number): number => {
	let k = lunationNumberNear(jdn);
	while (newMoonDay(k + 1, tz) <= jdn) k++;
	while (newMoonDay(k, tz) > jdn) k--;
	return k;
};

/** Lunation number of month 11: the lunar month containing the December solstice of `year`. */
const month11Lunation = (year: number, tz: number): number => {
	const roughSolstice = civilToEpochDay(year, 12, 21) + JDN_OF_EPOCH;
	const solstice = jdOfSunLongitude(270, roughSolstice);
	return lunationContaining(localJdn(solstice, tz), tz);
};

/** Whether the sun crosses a multiple of 30° between the local midnights starting the two days. */
const hasMajorTerm = (startJdn: number, endJdn: number, tz: number): boolean =>
	Math.floor(sunLongitude(localMidnight(startJdn, tz)) / 30) !==
	Math.floor(sunLongitude(localMidnight(endJdn, tz)) / 30);

const cycleCache = new Map<string, MonthSpan[]>();
const MAX_CACHED_CYCLES = 2_000;

/**
 * The months from month 11 of lunar year `year - 1` (containing the December solstice of
 * solar year `year - 1`) up to, not including, the next month 11: 12 or 13 months.
 */
const solsticeCycle = (year: number, tz: number): MonthSpan[] => {
	const key = `${year}@${tz}`;
	const cached = cycleCache.get(key);
	if (cached) return cached;

	const first = month11Lunation(year - 1, tz);
	const count = month11Lunation(year, tz) - first;
	const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(first + i, tz));
	let leapIndex = -1;
	if (count === 13) {
		leapIndex = starts.findIndex(
			(start, i) => i > 0 && i < count && !hasMajorTerm(start, starts[i + 1] as number, tz)
		);
	}

	const months: MonthSpan[] = [];
	let month = 10;
	let lunarYear = year - 1;
	for (let i = 0; i < count; i++) {
		const leap = i === leapIndex;
		if (!leap) {
			month = (month % 12) + 1;
			if (month === 1) lunarYear = year;
		}
		months.push({
			year: lunarYear,
			month,
			leap,
			startJdn: starts[i] as number,
			endJdn: starts[i + 1] as number
		});
	}
	if (cycleCache.size >= MAX_CACHED_CYCLES) cycleCache.clear();
	cycleCache.set(key, months);
	return months;
};

const toLunarMonth = (span: MonthSpan): LunarMonth => ({
	year: span.year,
	month: span.month,
	leap: span.leap,
	start: fromEpochDay(span.startJdn - JDN_OF_EPOCH),
	length: span.endJdn - span.startJdn
});

/** The lunar date of a solar (Gregorian) date, by default in Vietnam's time zone. */
export const solarToLunar = (isoDate: IsoDate, tz = VIETNAM_UTC_OFFSET): LunarDate => {
	const jdn = toEpochDay(isoDate) + JDN_OF_EPOCH;
	const solarYear = Number(isoDate.slice(0, 4));
	const next = solsticeCycle(solarYear + 1, tz);
	const cycle = jdn >= (next[0] as MonthSpan).startJdn ? next : solsticeCycle(solarYear, tz);
	let index = cycle.length - 1;
	while ((cycle[index] as MonthSpan).startJdn > jdn) index--;
	const span = cycle[index] as MonthSpan;
	return { year: span.year, month: span.month, day: jdn - span.startJdn + 1, leap: span.leap };
};

/** The months of a lunar year in order, month 1 to month 12, with the leap month if any. */
export const monthsOfLunarYear = (year: number, tz = VIETNAM_UTC_OFFSET): LunarMonth[] =>
	[...solsticeCycle(year, tz), ...solsticeCycle(year + 1, tz)]
		.filter((m) => m.year === year)
		.map(toLunarMonth);

/** The leap month of a lunar year (the number it repeats), or null. */
export const leapMonthOf = (year: number, tz = VIETNAM_UTC_OFFSET): number | null =>
	monthsOfLunarYear(year, tz).find((m) => m.leap)?.month ?? null;

/**
 * The solar date of a lunar date. Throws a RangeError for a date that does not exist
 * (a leap month the year does not have, day 30 of a 29-day month).
 */
export const lunarToSolar = (
	date: { year: number; month: number; day: number; leap?: boolean },
	tz = VIETNAM_UTC_OFFSET
): IsoDate => {
	const { year, month, day, leap = false } = date;
	if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) {
		throw new RangeError(`not a lunar date: ${JSON.stringify(date)}`);
	}
	// months 11 and 12 of a year lie in the cycle that ends in the next solar year
	const cycle = solsticeCycle(month >= 11 ? year + 1 : year, tz);
	const span = cycle.find((m) => m.year === year && m.month === month && m.leap === leap);
	if (!span || day > span.endJdn - span.startJdn) {
		throw new RangeError(
			`no such lunar date: ${formatIsoDate(year, month, day)}${leap ? ' (leap)' : ''}`
		);
	}
	return fromEpochDay(span.startJdn + day - 1 - JDN_OF_EPOCH);
};
