import { normalizePhone } from '../validation/phone';
import { toAnswers } from './answers';
import type { ProcedureDefinition } from './procedure.schema';
import { computeVisibility } from './visibility';

/**
 * The applicant's phone number as digits: the first filled phone field of the visible steps, in
 * the procedure's order (every procedure asks for the applicant's contact number before any other
 * phone, e.g. a post recipient's). Undefined when there is none. The status look-up checks its
 * last four digits, so a dossier code found on a lost slip is not enough to read the timeline.
 */
export function applicantPhone(
	definition: ProcedureDefinition,
	answers: unknown
): string | undefined {
	const { steps, answers: visible } = computeVisibility(definition, toAnswers(answers));
	for (const { step, fields } of steps) {
		for (const field of fields) {
			if (field.kind !== 'phone') continue;
			const value = visible[step.id]?.[field.id];
			if (typeof value !== 'string') continue;
			const digits = normalizePhone(value).replace(/\D/g, '');
			if (digits !== '') return digits;
		}
	}
	return undefined;
}
