import type { Answers } from './answers';
import type { ProcedureDefinition } from './procedure.schema';

export type CarriedAnswers = {
	answers: Answers;
	/** Answers left behind: their field is gone, or asks for something of another kind now. */
	dropped: { stepId: string; fieldId: string }[];
};

/**
 * A draft moving from the version it began on to a newer one (its grace has ended): an answer is
 * kept where the same step and field still exist with the same kind, so that what was typed as a
 * date is not read as a phone number; everything else is listed as dropped for the message.
 * Answers are copied, never validated here: the wizard validates them against `to` as usual.
 */
export function carryAnswers(
	from: ProcedureDefinition,
	to: ProcedureDefinition,
	answers: Answers
): CarriedAnswers {
	const kinds = (definition: ProcedureDefinition) =>
		new Map<string, string>(
			definition.steps.flatMap((step) =>
				step.fields.map((field) => [`${step.id}.${field.id}`, field.kind] as const)
			)
		);
	const fromKinds = kinds(from);
	const toKinds = kinds(to);
	const carried: Answers = {};
	const dropped: CarriedAnswers['dropped'] = [];
	for (const [stepId, values] of Object.entries(answers)) {
		for (const [fieldId, value] of Object.entries(values)) {
			const key = `${stepId}.${fieldId}`;
			const kind = toKinds.get(key);
			if (kind !== undefined && kind === fromKinds.get(key)) {
				carried[stepId] = { ...carried[stepId], [fieldId]: structuredClone(value) };
			} else {
				dropped.push({ stepId, fieldId });
			}
		}
	}
	return { answers: carried, dropped };
}
