import { errorIssue, type Issue } from './issue';

// Deliberately simple: one '@', no spaces, a dotted domain. Stricter checks reject real addresses
// more often than they catch typos; the confirmation mail is the real test.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function normalizeEmail(value: string): string {
	return value.trim();
}

export function validateEmail(value: string): Issue[] {
	const email = normalizeEmail(value);
	const ok = email.length <= 254 && EMAIL.test(email) && !email.includes('..');
	return ok ? [] : [errorIssue('email_format')];
}
