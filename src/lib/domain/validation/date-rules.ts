import { ageInYears, daysBetween, formatDisplayDate, parseDate, type IsoDate } from './dates';
import { errorIssue, warningIssue, type Issue } from './issue';
import type { IssueCode } from './messages';

export type DateRules = {
	/** Dates of birth, death, events that already happened. */
	notFuture?: boolean;
	notBefore?: IsoDate;
	notAfter?: IsoDate;
	/** A deadline counted from this date: past it, warn (never block) with `code`. */
	warnIfOlderThanDays?: { days: number; code: IssueCode };
	/** For dates of birth: the person must be at least this old today. */
	minAgeYears?: number;
};

export type DateCheck = { date?: IsoDate; issues: Issue[] };

const parseFailure = {
	format: 'date_invalid_format',
	impossible: 'date_impossible',
	year: 'date_year_implausible'
} as const satisfies Record<string, IssueCode>;

/** Parses a typed or stored date and applies the rules; `today` is the date in Vietnam. */
export function checkDate(value: string, rules: DateRules, today: IsoDate): DateCheck {
	const parsed = parseDate(value);
	if (!parsed.ok) {
		const year = /(\d+)\s*$/.exec(value.trim())?.[1] ?? value.trim();
		return {
			issues: [
				errorIssue(parseFailure[parsed.reason], parsed.reason === 'year' ? { year } : undefined)
			]
		};
	}
	const date = parsed.date;
	const issues: Issue[] = [];
	if (rules.notFuture && date > today) issues.push(errorIssue('date_in_future'));
	if (rules.notBefore && date < rules.notBefore) {
		issues.push(errorIssue('date_before_min', { min: formatDisplayDate(rules.notBefore) }));
	}
	if (rules.notAfter && date > rules.notAfter) {
		issues.push(errorIssue('date_after_max', { max: formatDisplayDate(rules.notAfter) }));
	}
	if (rules.minAgeYears !== undefined && date <= today) {
		if (ageInYears(date, today) < rules.minAgeYears) {
			issues.push(errorIssue('age_below_minimum', { min: rules.minAgeYears }));
		}
	}
	// A late-registration warning next to an error about the same date would only confuse.
	const limit = rules.warnIfOlderThanDays;
	if (limit && issues.length === 0 && date <= today) {
		const days = daysBetween(date, today);
		if (days > limit.days) issues.push(warningIssue(limit.code, { days, limit: limit.days }));
	}
	return { date, issues };
}
