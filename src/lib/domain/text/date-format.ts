import type { Locale } from './locale';

// Explicit fields: vi-VN's "short" style gives 1/1/27, and DOMAIN.md wants dd/mm/yyyy.
const day = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;
const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const styles = {
	date: day,
	/** "Thứ Bảy, 20/03/2027": a calendar's day, named. */
	weekdayDate: { weekday: 'long', ...day },
	time: { ...clock, second: '2-digit' },
	dateTime: { ...day, ...clock }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A date or time as a reader in Vietnam sees it (Asia/Ho_Chi_Minh), whatever the PC's zone. */
export function formatInVietnam(
	value: Date | string,
	locale: Locale,
	style: keyof typeof styles
): string {
	return new Date(value).toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', {
		...styles[style],
		timeZone: 'Asia/Ho_Chi_Minh'
	});
}
