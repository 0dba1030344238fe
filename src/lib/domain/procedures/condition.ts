import { z } from 'zod';
import { isEmptyValue, isPlainObject, type Answers } from './answers';

export type Scalar = string | number | boolean;

/**
 * 'fieldId' (same step), 'stepId.fieldId', or 'stepId.fieldId.part' for a part of a person or
 * address block (e.g. 'deceased.person.dateOfBirth').
 */
export type FieldRef = string;

/** Declarative and JSON-serialisable, so definitions can be stored, versioned and edited. */
export type Condition =
	| { field: FieldRef; equals: Scalar }
	| { field: FieldRef; notEquals: Scalar }
	| { field: FieldRef; in: Scalar[] }
	| { field: FieldRef; isTrue: boolean }
	| { field: FieldRef; isFilled: boolean }
	| { all: Condition[] }
	| { any: Condition[] }
	| { not: Condition };

export const fieldRefSchema = z
	.string()
	.regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*){0,2}$/, 'field reference');

const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);

// Recursive, so the type is written above and the schema checked against it.
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
	z.union([
		z.strictObject({ field: fieldRefSchema, equals: scalarSchema }),
		z.strictObject({ field: fieldRefSchema, notEquals: scalarSchema }),
		z.strictObject({ field: fieldRefSchema, in: z.array(scalarSchema).min(1) }),
		z.strictObject({ field: fieldRefSchema, isTrue: z.boolean() }),
		z.strictObject({ field: fieldRefSchema, isFilled: z.boolean() }),
		z.strictObject({ all: z.array(conditionSchema).min(1) }),
		z.strictObject({ any: z.array(conditionSchema).min(1) }),
		z.strictObject({ not: conditionSchema })
	])
);

export type ParsedFieldRef = { stepId: string; fieldId: string; part?: string };

export function parseFieldRef(ref: FieldRef, currentStepId?: string): ParsedFieldRef | null {
	const parts = ref.split('.');
	if (parts.length === 1) return currentStepId ? { stepId: currentStepId, fieldId: ref } : null;
	const [stepId, fieldId, part] = parts;
	if (!stepId || !fieldId) return null;
	return part ? { stepId, fieldId, part } : { stepId, fieldId };
}

export function resolveFieldRef(ref: FieldRef, answers: Answers, currentStepId?: string): unknown {
	const parsed = parseFieldRef(ref, currentStepId);
	if (!parsed) return undefined;
	const value = answers[parsed.stepId]?.[parsed.fieldId];
	if (parsed.part === undefined) return value;
	return isPlainObject(value) ? value[parsed.part] : undefined;
}

// Typed answers arrive as strings ("2", " yes "); compare them as a person would read them.
function sameScalar(value: unknown, expected: Scalar): boolean {
	if (typeof value === 'string' && typeof expected === 'string') return value.trim() === expected;
	if (typeof expected === 'number' && typeof value === 'string' && value.trim() !== '') {
		return Number(value.trim()) === expected;
	}
	return value === expected;
}

export function evaluateCondition(
	condition: Condition,
	answers: Answers,
	currentStepId?: string
): boolean {
	if ('all' in condition)
		return condition.all.every((c) => evaluateCondition(c, answers, currentStepId));
	if ('any' in condition)
		return condition.any.some((c) => evaluateCondition(c, answers, currentStepId));
	if ('not' in condition) return !evaluateCondition(condition.not, answers, currentStepId);
	const value = resolveFieldRef(condition.field, answers, currentStepId);
	if ('equals' in condition) return sameScalar(value, condition.equals);
	if ('notEquals' in condition) return !sameScalar(value, condition.notEquals);
	if ('in' in condition) return condition.in.some((expected) => sameScalar(value, expected));
	if ('isTrue' in condition) return (value === true) === condition.isTrue;
	return !isEmptyValue(value) === condition.isFilled;
}

/** `required` and `showIf` take either a fixed answer or a condition. */
export function holds(
	rule: boolean | Condition | undefined,
	answers: Answers,
	currentStepId?: string
): boolean {
	if (rule === undefined) return false;
	return typeof rule === 'boolean' ? rule : evaluateCondition(rule, answers, currentStepId);
}

/** Every field a condition reads, for integrity checks of definitions. */
export function conditionRefs(condition: Condition): FieldRef[] {
	if ('all' in condition) return condition.all.flatMap(conditionRefs);
	if ('any' in condition) return condition.any.flatMap(conditionRefs);
	if ('not' in condition) return conditionRefs(condition.not);
	return [condition.field];
}
