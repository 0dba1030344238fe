import { checkSafeText } from '../text/safe-text';

/**
 * Rules for the staff accounts a manager creates, shared by the server's input schemas and the
 * form that checks them before sending. Usernames are typed on shared PCs and on phones: plain
 * lower-case ASCII (no diacritics, which keyboards and input methods produce in several ways),
 * starting with a letter, e.g. `tnv.lan`.
 */
export const usernamePattern = /^[a-z][a-z0-9._-]{2,31}$/;

/** Length over composition rules (NIST SP 800-63B); the upper bound caps the hashing work. */
export const minPasswordLength = 10;
export const maxPasswordLength = 256;
export const maxDisplayNameLength = 100;

export type VolunteerForm = { displayName: string; username: string; password: string };
export type VolunteerFormProblem =
	| 'displayName.missing'
	| 'displayName.long'
	| 'displayName.invalid'
	| 'username.missing'
	| 'username.format'
	| 'password.short'
	| 'password.long';
export type VolunteerFormProblems = Partial<Record<keyof VolunteerForm, VolunteerFormProblem>>;

/** The same normalisation the server applies: surrounding spaces go, the username is lower-cased. */
export const normalizeUsername = (username: string) => username.trim().toLowerCase();

/** What is wrong with each field, before anything is sent; empty when all is well. */
export function checkVolunteerForm(form: VolunteerForm): VolunteerFormProblems {
	const problems: VolunteerFormProblems = {};
	const name = checkSafeText(form.displayName, { max: maxDisplayNameLength, min: 1 });
	if (!name.ok)
		problems.displayName =
			name.reason === 'invalid_text'
				? 'displayName.invalid'
				: name.reason === 'too_long'
					? 'displayName.long'
					: 'displayName.missing';
	const username = normalizeUsername(form.username);
	if (!username) problems.username = 'username.missing';
	else if (!usernamePattern.test(username)) problems.username = 'username.format';
	if (form.password.length < minPasswordLength) problems.password = 'password.short';
	else if (form.password.length > maxPasswordLength) problems.password = 'password.long';
	return problems;
}

// No 0/O, 1/l/I: the manager reads the password out or writes it on paper.
const passwordAlphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A random first password the manager hands over: 12 characters in groups of four, ~60 bits. */
export function generatePassword(random: (n: number) => Uint8Array): string {
	const bytes = random(12);
	const chars = [...bytes].map((b) => passwordAlphabet[b % passwordAlphabet.length]);
	return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((g) => g.join('')).join('-');
}
