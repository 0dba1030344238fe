import {
	attachmentRefSchema,
	type Answers,
	type AttachmentRef
} from '$lib/domain/procedures/answers';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';

export type AttachmentUse = {
	stepId: string;
	fieldId: string;
	position: number;
	ref: AttachmentRef;
};

/** Every file a dossier's clean answers name, field by field, in the citizen's order. */
export function attachmentUses(definition: ProcedureDefinition, answers: Answers): AttachmentUse[] {
	const uses: AttachmentUse[] = [];
	for (const step of definition.steps) {
		for (const field of step.fields) {
			if (field.kind !== 'document') continue;
			const parsed = attachmentRefSchema.array().safeParse(answers[step.id]?.[field.id] ?? []);
			// Clean answers were validated already; anything else is a bug, not a citizen's mistake.
			if (!parsed.success) throw new Error(`document field ${step.id}.${field.id} is malformed`);
			parsed.data.forEach((ref, position) =>
				uses.push({ stepId: step.id, fieldId: field.id, position, ref })
			);
		}
	}
	return uses;
}
