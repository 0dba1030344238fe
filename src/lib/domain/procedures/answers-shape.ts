import { z } from 'zod';
import { safeText } from '../text/safe-text';
import {
	answerTextSchema,
	attachmentRefSchema,
	safeAddressValueSchema,
	safePersonValueSchema
} from './answers';
import type { FieldKind } from './field.schema';
import type { ProcedureDefinition } from './procedure.schema';

const text = answerTextSchema;

const valueSchemas = {
	text,
	long_text: text,
	date: text,
	number: z.union([z.number(), safeText({ max: 50, trim: false })]),
	select: text,
	radio: text,
	checkbox: z.boolean(),
	personal_id: text,
	old_id_card: text,
	phone: text,
	email: text,
	address: safeAddressValueSchema,
	person: safePersonValueSchema,
	document: z.array(attachmentRefSchema.strict()).max(20)
} satisfies Record<FieldKind, z.ZodType>;

/**
 * The shape of answers for one procedure version, for the server to reject malformed input
 * before validating content: known steps and fields only, each value of its kind's type, every
 * value optional (drafts are partial; `validateApplication` reports what is missing).
 */
export function answersSchemaFor(definition: ProcedureDefinition) {
	const steps: Record<string, z.ZodType> = {};
	for (const step of definition.steps) {
		const fields: Record<string, z.ZodType> = {};
		for (const field of step.fields)
			fields[field.id] = valueSchemas[field.kind].nullable().optional();
		steps[step.id] = z.strictObject(fields).optional();
	}
	return z.strictObject(steps);
}
