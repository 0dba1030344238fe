import { errorIssue, warningIssue, type Issue } from './issue';
import { defaultMobilePrefixList, type MobilePrefixList } from './mobile-prefix-list';

type PrefixLookup = { current: ReadonlySet<string>; retired: ReadonlyMap<string, string> };

// A list is read for every phone typed: its sets are built once per list object.
const lookups = new WeakMap<MobilePrefixList, PrefixLookup>();

function lookupOf(list: MobilePrefixList): PrefixLookup {
	let lookup = lookups.get(list);
	if (!lookup) {
		lookup = { current: new Set(list.current), retired: new Map(Object.entries(list.retired)) };
		lookups.set(list, lookup);
	}
	return lookup;
}

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
export function convertedMobileNumber(
	value: string,
	list: MobilePrefixList = defaultMobilePrefixList
): string | null {
	const phone = normalizePhone(value);
	if (!/^01\d{9}$/.test(phone)) return null;
	const prefix = lookupOf(list).retired.get(phone.slice(0, 4));
	return prefix === undefined ? null : `${prefix}${phone.slice(4)}`;
}

/** '0381234567' → '038 123 4567', the grouping of the hint. */
const grouped = (phone: string) => `${phone.slice(0, 3)} ${phone.slice(3, 6)} ${phone.slice(6)}`;

/** `list`: the administrator's prefixes where the caller has them, the shipped ones otherwise. */
export function validatePhone(
	value: string,
	list: MobilePrefixList = defaultMobilePrefixList
): Issue[] {
	const phone = normalizePhone(value);
	const converted = convertedMobileNumber(phone, list);
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
	return lookupOf(list).current.has(prefix)
		? []
		: [warningIssue('phone_unknown_prefix', { prefix })];
}
