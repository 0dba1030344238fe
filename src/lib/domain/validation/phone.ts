import { errorIssue, warningIssue, type Issue } from './issue';
import { mobilePrefixes } from './phone-prefixes';

const prefixes: ReadonlySet<string> = new Set(mobilePrefixes);

/**
 * The 10-digit form starting with 0: removes spaces, dots, dashes and brackets, and turns the
 * international forms +84… and 84… (11 digits) into 0….
 */
export function normalizePhone(value: string): string {
	let digits = value.trim().replace(/[\s.\-()]/g, '');
	if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
	else if (digits.startsWith('0084')) digits = `0${digits.slice(4)}`;
	else if (digits.startsWith('84') && digits.length === 11) digits = `0${digits.slice(2)}`;
	return digits;
}

export function validatePhone(value: string): Issue[] {
	const phone = normalizePhone(value);
	if (!/^0\d{9}$/.test(phone)) return [errorIssue('phone_format')];
	const prefix = phone.slice(0, 3);
	// The prefix list is known to be incomplete (DOMAIN.md): an unknown one is worth a second
	// look, never a reason to refuse a real number.
	return prefixes.has(prefix) ? [] : [warningIssue('phone_unknown_prefix', { prefix })];
}
