import { errorIssue, warningIssue, type Issue } from './issue';
import { mobilePrefixes, retiredMobilePrefixes } from './phone-prefixes';

const prefixes: ReadonlySet<string> = new Set(mobilePrefixes);
const retired: ReadonlyMap<string, string> = new Map(Object.entries(retiredMobilePrefixes));

/**
 * The domestic form starting with 0: removes spaces, dots, dashes and brackets, and turns the
 * international forms +84…, 0084… and 84… into 0…. A 0 kept after the country code, as people
 * often write it ("+84 0912…"), is dropped. Old 11-digit numbers stay 11 digits long, so that
 * validation can say what they became.
 */
export function normalizePhone(value: string): string {
	const digits = value.trim().replace(/[\s.\-()]/g, '');
	const international = /^(?:\+|00)840?(\d+)$/.exec(digits);
	if (international) return `0${international[1]}`;
	// Without + or 00, "84" is the country code only when a whole number follows it.
	const bare = /^840?([35789]\d{8}|1\d{9})$/.exec(digits);
	return bare ? `0${bare[1]}` : digits;
}

/** The 10-digit number an old 11-digit one became in 2018, or null when it is not one. */
export function convertedMobileNumber(value: string): string | null {
	const phone = normalizePhone(value);
	if (!/^01\d{9}$/.test(phone)) return null;
	const prefix = retired.get(phone.slice(0, 4));
	return prefix === undefined ? null : `${prefix}${phone.slice(4)}`;
}

/** '0381234567' → '038 123 4567', the grouping of the hint. */
const grouped = (phone: string) => `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6)}`;

export function validatePhone(value: string): Issue[] {
	const phone = normalizePhone(value);
	const converted = convertedMobileNumber(phone);
	if (converted !== null) {
		// The old number no longer rings anywhere: say what it became rather than only refuse it.
		return [
			errorIssue('phone_retired_prefix', {
				old: phone.slice(0, 4),
				prefix: converted.slice(0, 3),
				suggestion: grouped(converted)
			})
		];
	}
	if (!/^0\d{9}$/.test(phone)) return [errorIssue('phone_format')];
	const prefix = phone.slice(0, 3);
	// The prefix list is known to be incomplete (DOMAIN.md): an unknown one is worth a second
	// look, never a reason to refuse a real number.
	return prefixes.has(prefix) ? [] : [warningIssue('phone_unknown_prefix', { prefix })];
}
