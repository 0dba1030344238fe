import type { Locale } from '../validation/issue';

/**
 * A wait as a person reads it: "45 giây" under a minute, else whole minutes rounded up
 * ("3 phút"), so that trying again at the time said is never too early.
 */
export function formatWait(seconds: number, locale: Locale): string {
	const whole = Math.max(1, Math.ceil(seconds));
	const [value, unit] = whole < 60 ? [whole, 'second'] : [Math.ceil(whole / 60), 'minute'];
	return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
		style: 'unit',
		unit,
		unitDisplay: 'long'
	}).format(value);
}
