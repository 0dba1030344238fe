import type { z } from 'zod';
import type { IsoDate } from '../../validation/dates';
import type { Issue, LocalizedText } from '../../validation/issue';
import type { Answers } from '../answers';
import type { FieldRef } from '../condition';
import type { FieldKind } from '../field.schema';

/** What a rule sees: the visible answers as typed, and today's date in Vietnam. */
export type RuleContext = {
	answers: Answers;
	today: IsoDate;
	/** True when the field's own check already found an error: a rule then says nothing more. */
	hasError(ref: FieldRef): boolean;
};

/** A field a rule's parameter names, and the kinds of field (or part) it may be. */
export type RuleFieldUse = {
	/** The parameter's name, for the path of a problem (`rules[0].params.dateOfBirth`). */
	param: string;
	ref: FieldRef;
	/** Kinds the field may have; a person or address part is given as `person.dateOfBirth`. */
	accepts: readonly (FieldKind | `${FieldKind}.${string}`)[];
};

/**
 * A check between answers that a document turns on by name, with parameters: the logic lives
 * here once, a document only says where it applies. `target` is the field (or part) its issues
 * land on, so that the wizard shows them at that field.
 */
export type NamedRule<P> = {
	name: string;
	summary: LocalizedText;
	params: z.ZodType<P>;
	target(params: P): FieldRef;
	fields(params: P): RuleFieldUse[];
	check(params: P, ctx: RuleContext): Issue[];
};

/** Keeps the parameter type of each rule while the registry holds them side by side. */
export const namedRule = <P>(rule: NamedRule<P>): NamedRule<P> => rule;
