import type { Locale } from '../text/locale';
import type { IssueCode } from './messages';

export type { Locale };

export type LocalizedText = Record<Locale, string>;

export type IssueSeverity = 'error' | 'warning';

/**
 * An expected problem with a value, as a code. Text is produced in one place (`formatIssue`), so
 * the same issue reads the same in the form, on the server and in receipts.
 */
export type Issue = {
	code: IssueCode;
	severity: IssueSeverity;
	params?: Record<string, string | number>;
};

export type { IssueCode };

export function errorIssue(code: IssueCode, params?: Issue['params']): Issue {
	return params ? { code, severity: 'error', params } : { code, severity: 'error' };
}

export function warningIssue(code: IssueCode, params?: Issue['params']): Issue {
	return params ? { code, severity: 'warning', params } : { code, severity: 'warning' };
}

export function hasErrors(issues: readonly Issue[]): boolean {
	return issues.some((issue) => issue.severity === 'error');
}
