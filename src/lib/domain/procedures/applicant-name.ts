import type { Answers } from './answers';
import type { ProcedureDefinition } from './procedure.schema';

/**
 * The applicant's name: the first person block or name field filled in, in the procedure's step
 * order when the definition is given (every procedure asks for the applicant first), otherwise
 * in the answers' own order. '' when none is typed yet.
 */
export function applicantName(answers: Answers, definition?: ProcedureDefinition): string {
	const steps = definition
		? definition.steps.map((step) => answers[step.id] ?? {})
		: Object.values(answers);
	for (const step of steps) {
		for (const value of Object.values(step)) {
			const name = (value as { fullName?: unknown } | null)?.fullName;
			if (typeof name === 'string' && name.trim()) return name.trim();
		}
	}
	return '';
}
