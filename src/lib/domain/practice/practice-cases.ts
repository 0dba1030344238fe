import type { ProcedureDefinition } from '../procedures/procedure.schema';
import type { PracticeCase } from './practice-case';

/** The day the practice cases were written for: practice validates as if it were today. */
export const practiceToday = '2026-11-22';

/**
 * Every practice case of these procedures (a catalogue's versions in effect), grouped by
 * procedure in the order given. The cases travel inside each procedure's document.
 */
export function practiceCasesOf(procedures: readonly ProcedureDefinition[]): PracticeCase[] {
	return procedures.flatMap((definition) =>
		(definition.practiceCases ?? []).map((c) => ({ ...c, procedureId: definition.id }))
	);
}

export function practiceCase(
	procedures: readonly ProcedureDefinition[],
	id: string
): PracticeCase | undefined {
	return practiceCasesOf(procedures).find((c) => c.id === id);
}

/** The procedures that have cases, each with its cases, for the list on "Luyện tập". */
export function casesByProcedure(
	procedures: readonly ProcedureDefinition[]
): { definition: ProcedureDefinition; cases: PracticeCase[] }[] {
	return procedures.flatMap((definition) => {
		const cases = practiceCasesOf([definition]);
		return cases.length > 0 ? [{ definition, cases }] : [];
	});
}
