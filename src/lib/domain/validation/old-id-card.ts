import { errorIssue, type Issue } from './issue';

/**
 * Old identity card (chứng minh nhân dân, CMND): 9 digits, or 12 for the later model. Spaces,
 * dashes and dots between groups carry no meaning, as in the personal ID number.
 */
export function normalizeOldIdCard(value: string): string {
	return value.replace(/[\s.\p{Pd}]+/gu, '');
}

export function validateOldIdCard(value: string): Issue[] {
	return /^(\d{9}|\d{12})$/.test(normalizeOldIdCard(value))
		? []
		: [errorIssue('old_id_card_format')];
}
