import { daysBetween, isIsoDate, todayInVietnam, type IsoDate } from '../validation/dates';

export type PeriodPreset = 'month' | 'quarter' | 'year' | 'custom';
export type Bucket = 'week' | 'month';
export type Period = { from: IsoDate; to: IsoDate; bucket: Bucket };

/** The server's limit (dashboard.router.ts): up to two years. */
export const MAX_PERIOD_DAYS = 731;

const firstOfMonth = (iso: IsoDate, monthsBack = 0): IsoDate => {
	const [y, m] = iso.split('-').map(Number) as [number, number];
	const index = y * 12 + (m - 1) - monthsBack;
	return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
};

/** "Tháng này", "3 tháng gần đây", "Năm nay": from the first day up to today, Vietnam time. */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, now: Date) {
	const today = todayInVietnam(now);
	const from =
		preset === 'month'
			? firstOfMonth(today)
			: preset === 'quarter'
				? firstOfMonth(today, 2)
				: `${today.slice(0, 4)}-01-01`;
	return { from, to: today };
}

export type PeriodProblem = 'missing' | 'order' | 'long';

/** Checks dates typed in "Từ ngày – Đến ngày" before asking the server. */
export function checkRange(from: string, to: string): PeriodProblem | null {
	if (!isIsoDate(from) || !isIsoDate(to)) return 'missing';
	if (from > to) return 'order';
	if (daysBetween(from, to) > MAX_PERIOD_DAYS) return 'long';
	return null;
}

/** The month a report is for ("2026-11"), from the period's last day: file names, titles. */
export const monthOf = (period: { to: IsoDate }) => period.to.slice(0, 7);
