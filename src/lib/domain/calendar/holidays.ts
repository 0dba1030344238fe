/**
 * Default days off for a year (Labour Code 2019 art. 112), as editable data rows.
 *
 * This is only the pre-fill of the table an administrator keeps: the government fixes
 * the Tết days (and bridge days, swapped Saturdays) by a decision every year, e.g. Tết
 * 2026 for public servants was 14–22 Feb, wider than the five days generated here.
 */
import { z } from 'zod';
import { addDays, formatIsoDate, isIsoDate, weekday, type IsoDate } from './iso-date';
import { lunarToSolar, solarToLunar, VIETNAM_UTC_OFFSET } from './lunar';

export const dayOffKinds = ['holiday', 'substitute', 'tet'] as const;
export type DayOffKind = (typeof dayOffKinds)[number];

export const dayOffRowSchema = z.object({
	date: z.string().refine(isIsoDate, 'yyyy-mm-dd'),
	name: z.object({ vi: z.string().min(1), en: z.string().min(1) }),
	kind: z.enum(dayOffKinds)
});
export type DayOffRow = z.infer<typeof dayOffRowSchema>;

export type DefaultDaysOffOptions = {
	/** Vietnamese Culture Day (24 Nov) is a day off from this year on [sec]. */
	cultureDayFrom?: number;
	tz?: number;
};

const isWeekend = (date: IsoDate): boolean => {
	const day = weekday(date);
	return day === 0 || day === 6;
};

const tetRows = (year: number, tz: number): DayOffRow[] => {
	const firstDay = lunarToSolar({ year, month: 1, day: 1 }, tz);
	const eve = addDays(firstDay, -1);
	const eveDay = solarToLunar(eve, tz).day; // 29 or 30: month 12 has no fixed length
	return [
		{
			date: eve,
			name: {
				vi: `Tết Nguyên đán (${eveDay} tháng Chạp)`,
				en: 'Lunar New Year (New Year’s Eve)'
			},
			kind: 'tet'
		},
		...[1, 2, 3, 4].map((day): DayOffRow => ({
			date: addDays(firstDay, day - 1),
			name: { vi: `Tết Nguyên đán (mùng ${day})`, en: `Lunar New Year (day ${day})` },
			kind: 'tet'
		}))
	];
};

/*
 * "2 September and one adjacent day": the law leaves the choice to the government.
 * Default: 1 September (the eve, the choice of 2023 and 2025) unless it falls on a
 * weekend, then 3 September (the choice of 2024, when 1 September was a Sunday).
 */
const nationalDayNeighbour = (year: number): IsoDate => {
	const before = formatIsoDate(year, 9, 1);
	return isWeekend(before) ? formatIsoDate(year, 9, 3) : before;
};

const holidayRows = (year: number, cultureDayFrom: number): DayOffRow[] => {
	const row = (month: number, day: number, vi: string, en: string): DayOffRow => ({
		date: formatIsoDate(year, month, day),
		name: { vi, en },
		kind: 'holiday'
	});
	const rows = [
		row(1, 1, 'Tết Dương lịch', 'New Year’s Day'),
		row(4, 30, 'Ngày Giải phóng miền Nam, thống nhất đất nước', 'Reunification Day'),
		row(5, 1, 'Ngày Quốc tế Lao động', 'International Workers’ Day'),
		row(9, 2, 'Quốc khánh', 'National Day'),
		{
			date: nationalDayNeighbour(year),
			name: { vi: 'Quốc khánh (ngày liền kề)', en: 'National Day (adjacent day)' },
			kind: 'holiday' as const
		}
	];
	if (year >= cultureDayFrom)
		rows.push(row(11, 24, 'Ngày Văn hóa Việt Nam', 'Vietnamese Culture Day'));
	return rows;
};

/**
 * The generated days off of a solar year, sorted by date: fixed holidays, the five Tết
 * days (last day of the lunar year and lunar 1–4 of month 1), Hùng Kings' day (lunar
 * 10/3), and for each of them falling on a Saturday or Sunday a substitute day off on the
 * next working day (law: "nghỉ bù vào ngày làm việc kế tiếp").
 */
export const defaultDaysOff = (year: number, opts: DefaultDaysOffOptions = {}): DayOffRow[] => {
	const { cultureDayFrom = 2026, tz = VIETNAM_UTC_OFFSET } = opts;
	const hungKings: DayOffRow = {
		date: lunarToSolar({ year, month: 3, day: 10 }, tz),
		name: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings’ Commemoration Day' },
		kind: 'holiday'
	};
	const days = [...holidayRows(year, cultureDayFrom), ...tetRows(year, tz), hungKings].sort(
		(a, b) => a.date.localeCompare(b.date)
	);

	const taken = new Set(days.map((d) => d.date));
	const substitutes: DayOffRow[] = [];
	for (const day of days) {
		if (!isWeekend(day.date)) continue;
		let date = addDays(day.date, 1);
		while (isWeekend(date) || taken.has(date)) date = addDays(date, 1);
		taken.add(date);
		substitutes.push({
			date,
			name: { vi: `Nghỉ bù ${day.name.vi}`, en: `Substitute day for ${day.name.en}` },
			kind: 'substitute'
		});
	}
	return [...days, ...substitutes].sort((a, b) => a.date.localeCompare(b.date));
};
