import { z } from 'zod';
import {
	idSchema,
	isoDateSchema,
	issueCodeSchema,
	localizedTextSchema,
	optionSchema,
	sexSchema
} from './common.schema';
import { conditionSchema } from './condition';

const regexSource = z.string().refine((source) => {
	try {
		new RegExp(source, 'u');
		return true;
	} catch {
		return false;
	}
}, 'valid regular expression');

/** What every field carries: plain-language label and help, and what the volunteer says. */
const base = {
	id: idSchema,
	label: localizedTextSchema,
	help: localizedTextSchema,
	example: localizedTextSchema.optional(),
	/** What the volunteer says so that the citizen does this step themselves. */
	coaching: localizedTextSchema,
	required: z.union([z.boolean(), conditionSchema]),
	showIf: conditionSchema.optional(),
	pattern: regexSource.optional(),
	minLength: z.number().int().nonnegative().optional(),
	maxLength: z.number().int().positive().optional()
};

export const dateRulesSchema = z.strictObject({
	notFuture: z.boolean().optional(),
	notBefore: isoDateSchema.optional(),
	notAfter: isoDateSchema.optional(),
	/** A legal deadline counted from this date: past it, a warning, never a block. */
	warnIfOlderThanDays: z
		.strictObject({ days: z.number().int().positive(), code: issueCodeSchema })
		.optional(),
	minAgeYears: z.number().int().positive().optional()
});

const options = z.array(optionSchema).min(1);

export const fieldSchema = z.discriminatedUnion('kind', [
	z.strictObject({ ...base, kind: z.literal('text') }),
	z.strictObject({ ...base, kind: z.literal('long_text') }),
	z.strictObject({ ...base, kind: z.literal('date'), rules: dateRulesSchema.optional() }),
	z.strictObject({
		...base,
		kind: z.literal('number'),
		min: z.number().optional(),
		max: z.number().optional(),
		integer: z.boolean().optional(),
		unit: localizedTextSchema.optional()
	}),
	z.strictObject({ ...base, kind: z.literal('select'), options }),
	z.strictObject({ ...base, kind: z.literal('radio'), options }),
	z.strictObject({ ...base, kind: z.literal('checkbox') }),
	/** Agreement with a date of birth and sex elsewhere: the `personal-id-matches` rule. */
	z.strictObject({ ...base, kind: z.literal('personal_id') }),
	z.strictObject({ ...base, kind: z.literal('old_id_card') }),
	z.strictObject({ ...base, kind: z.literal('phone') }),
	z.strictObject({ ...base, kind: z.literal('email') }),
	/** Province code → commune code (or a typed commune name when the list is not loaded) + street. */
	z.strictObject({ ...base, kind: z.literal('address') }),
	/** Full name, date of birth, sex, personal ID (cross-checked), and optionally the relation. */
	z.strictObject({
		...base,
		kind: z.literal('person'),
		personalId: z.enum(['required', 'optional', 'none']).optional(),
		/** When the form already says it (bên nữ / bên nam), the sex is not asked. */
		fixedSex: sexSchema.optional(),
		relationOptions: options.optional(),
		minAgeYears: z.number().int().positive().optional()
	}),
	z.strictObject({ ...base, kind: z.literal('document'), slot: idSchema })
]);

export type Field = z.infer<typeof fieldSchema>;
export type FieldKind = Field['kind'];
export type FieldOfKind<K extends FieldKind> = Extract<Field, { kind: K }>;
export type DateRulesDefinition = z.infer<typeof dateRulesSchema>;

export const stepSchema = z.strictObject({
	id: idSchema,
	title: localizedTextSchema,
	intro: localizedTextSchema.optional(),
	showIf: conditionSchema.optional(),
	fields: z.array(fieldSchema).min(1)
});

export type Step = z.infer<typeof stepSchema>;
