import { errorIssue, type Issue } from './issue';

export type TextRules = { minLength?: number; maxLength?: number; pattern?: string };

/** Length counts characters as people see them (NFC), so a typed 'ế' counts once. */
export function textLength(value: string): number {
	return [...value.normalize('NFC')].length;
}

export function checkText(value: string, rules: TextRules): Issue[] {
	const length = textLength(value);
	if (rules.minLength !== undefined && length < rules.minLength) {
		return [errorIssue('text_too_short', { min: rules.minLength })];
	}
	if (rules.maxLength !== undefined && length > rules.maxLength) {
		return [errorIssue('text_too_long', { max: rules.maxLength })];
	}
	// Patterns are data from procedure definitions; anchored so they describe the whole value.
	if (rules.pattern !== undefined && !new RegExp(`^(?:${rules.pattern})$`, 'u').test(value)) {
		return [errorIssue('text_pattern_mismatch')];
	}
	return [];
}

// Letters with their tone marks, spaces, and the apostrophe and hyphen found in some ethnic
// minority names (e.g. "H'Hen Niê").
const PERSON_NAME = /^[\p{L}\p{M}]+(?:[ '’-][\p{L}\p{M}]+)*$/u;

/** Trims and collapses inner spaces; names are stored as typed otherwise (no case change). */
export function normalizePersonName(value: string): string {
	return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function validatePersonName(value: string): Issue[] {
	const name = normalizePersonName(value);
	if (!PERSON_NAME.test(name)) return [errorIssue('name_invalid_characters')];
	return checkText(name, { maxLength: 100 });
}
