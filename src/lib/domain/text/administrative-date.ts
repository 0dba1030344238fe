/**
 * Dates and times as administrative documents write them (Decree 30/2020/NĐ-CP, Annex I):
 * "ngày 05 tháng 02 năm 2026", "14 giờ 05". Read in Vietnam (UTC+7) by the same offset arithmetic
 * as due dates, not through Intl (formatInVietnam): a printed receipt must show the date the
 * calendar counted from, whatever the machine's zone or ICU data.
 */
import { parseIsoDate, type IsoDate } from '../calendar/iso-date';
import { localDateAndTime } from '../calendar/working-days';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * Days below 10 and the months 1 and 2 take a leading zero, so that no digit can be added in
 * front by hand (1 → 11, 2 → 12); months 3 to 12 are written as they are, as the decree shows.
 */
function dayMonthYear({ year, month, day }: { year: number; month: number; day: number }): string {
	return `ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : month} năm ${year}`;
}

/** 'ngày 05 tháng 02 năm 2026' for an instant (its day in Vietnam) or a calendar day 'yyyy-mm-dd'. */
export function formatAdministrativeDate(date: Date | IsoDate): string {
	return dayMonthYear(parseIsoDate(typeof date === 'string' ? date : localDateAndTime(date).date));
}

/** '14 giờ 05' in Vietnam; hours too are two digits ('08 giờ 30'), as receipts fill them in. */
export function formatAdministrativeTime(instant: Date): string {
	const minutes = Math.floor(localDateAndTime(instant).msOfDay / 60_000);
	return `${pad2(Math.floor(minutes / 60))} giờ ${pad2(minutes % 60)}`;
}

/** '14 giờ 05, ngày 05 tháng 02 năm 2026': the time a dossier was received. */
export function formatAdministrativeDateTime(instant: Date): string {
	return `${formatAdministrativeTime(instant)}, ${formatAdministrativeDate(instant)}`;
}
