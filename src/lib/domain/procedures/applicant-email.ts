import { toAnswers } from './answers';
import type { ProcedureDefinition } from './procedure.schema';
import { computeVisibility } from './visibility';

/**
 * The applicant's email address: the first filled email field of the visible steps, as
 * applicantPhone finds the phone. Messages about the dossier go there when the citizen consented
 * to email and typed no other address for it (issue 20).
 */
export function applicantEmail(
	definition: ProcedureDefinition,
	answers: unknown
): string | undefined {
	const { steps, answers: visible } = computeVisibility(definition, toAnswers(answers));
	for (const { step, fields } of steps) {
		for (const field of fields) {
			if (field.kind !== 'email') continue;
			const value = visible[step.id]?.[field.id];
			if (typeof value === 'string' && value.trim() !== '') return value.trim();
		}
	}
	return undefined;
}
