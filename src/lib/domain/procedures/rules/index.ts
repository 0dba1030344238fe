import { z } from 'zod';
import { dateOrder } from './date-order';
import type { NamedRule } from './named-rule';
import { personalIdMatches } from './personal-id-matches';

/** Every rule a document may name. A new rule is a file here and a line in this list. */
export const namedRules = [personalIdMatches, dateOrder] as const;

export type RuleName = (typeof namedRules)[number]['name'];

const byName = new Map<string, NamedRule<unknown>>(
	namedRules.map((rule) => [rule.name, rule as NamedRule<never> as NamedRule<unknown>])
);

export function namedRule(name: string): NamedRule<unknown> | undefined {
	return byName.get(name);
}

const ruleUse = <R extends (typeof namedRules)[number]>(rule: R) =>
	z.strictObject({ rule: z.literal(rule.name), params: rule.params as R['params'] });

/** A document's use of a rule: its name and its parameters, checked by the rule's own schema. */
export const ruleUseSchema = z.discriminatedUnion('rule', [
	ruleUse(personalIdMatches),
	ruleUse(dateOrder)
]);

export type RuleUse = z.infer<typeof ruleUseSchema>;
export type { NamedRule, RuleContext, RuleFieldUse } from './named-rule';
