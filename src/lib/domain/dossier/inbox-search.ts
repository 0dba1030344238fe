import { foldVietnamese } from '../text/normalize';

/** The inbox's due-date filter, while the office owes the result: late, due today, due by Sunday. */
export const inboxDueFilters = ['overdue', 'today', 'week'] as const;
export type InboxDue = (typeof inboxDueFilters)[number];

/**
 * What the applicant box asks for: phone digits when it has no letter (spaces, dots, dashes and
 * a leading +84 allowed), otherwise a name folded for comparison (no accents, no case).
 */
export function applicantQuery(
	text: string
): { by: 'phone'; digits: string } | { by: 'name'; folded: string } | null {
	if (!/\p{L}/u.test(text)) {
		let digits = text.replace(/\D/g, '');
		if (text.trim().startsWith('+84') || (digits.startsWith('84') && digits.length === 11)) {
			digits = `0${digits.slice(2)}`;
		}
		return digits.length >= 3 ? { by: 'phone', digits } : null;
	}
	const folded = foldVietnamese(text);
	return folded.length >= 2 ? { by: 'name', folded } : null;
}
