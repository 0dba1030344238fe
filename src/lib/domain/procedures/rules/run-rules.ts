import type { IsoDate } from '../../validation/dates';
import type { Answers } from '../answers';
import { parseFieldRef } from '../condition';
import type { FieldIssue } from '../validate-application';
import { namedRule, type RuleUse } from './index';

/**
 * The document's named rules over the visible answers, after the field checks (`fieldIssues`):
 * each issue lands on the field (and part) the rule names. A rule whose field has an error
 * already stays quiet, and an error it finds replaces that field's warnings (a late-registration
 * warning next to "before the date of birth" would only confuse).
 */
export function runRules(
	uses: readonly RuleUse[] | undefined,
	answers: Answers,
	today: IsoDate,
	fieldIssues: readonly FieldIssue[],
	inStep?: string
): { add: FieldIssue[]; drop: (item: FieldIssue) => boolean } {
	const at = (stepId: string, fieldId: string, part?: string) => (item: FieldIssue) =>
		item.stepId === stepId &&
		item.fieldId === fieldId &&
		(part === undefined || item.path === part);
	const hasError = (ref: string) => {
		const parsed = parseFieldRef(ref);
		if (!parsed) return true;
		const here = at(parsed.stepId, parsed.fieldId, parsed.part);
		return fieldIssues.some((item) => here(item) && item.issue.severity === 'error');
	};
	const add: FieldIssue[] = [];
	const quiet: ((item: FieldIssue) => boolean)[] = [];
	for (const use of uses ?? []) {
		const rule = namedRule(use.rule);
		const target = rule && parseFieldRef(rule.target(use.params));
		if (!rule || !target || (inStep !== undefined && target.stepId !== inStep)) continue;
		const issues = rule.check(use.params, { answers, today, hasError });
		for (const issue of issues) {
			add.push({
				stepId: target.stepId,
				fieldId: target.fieldId,
				...(target.part === undefined ? {} : { path: target.part }),
				issue
			});
		}
		if (issues.some((issue) => issue.severity === 'error')) {
			quiet.push(at(target.stepId, target.fieldId, target.part));
		}
	}
	const drop = (item: FieldIssue) =>
		item.issue.severity === 'warning' && quiet.some((matches) => matches(item));
	return { add, drop };
}
