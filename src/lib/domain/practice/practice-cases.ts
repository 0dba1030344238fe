import { getProcedure, procedures } from '../procedures/registry';
import type { ProcedureDefinition } from '../procedures/procedure.schema';
import type { PracticeCase } from './practice-case';

/** The day the practice cases were written for: practice validates as if it were today. */
export const practiceToday = '2026-11-22';

/** Every practice case, grouped by procedure in catalogue order. */
export const practiceCases: readonly PracticeCase[] = procedures.flatMap((definition) =>
	(definition.practiceCases ?? []).map((c) => ({ ...c, procedureId: definition.id }))
);

export function practiceCase(id: string): PracticeCase | undefined {
	return practiceCases.find((c) => c.id === id);
}

/** The procedures that have cases, each with its cases, for the list on "Luyện tập". */
export function casesByProcedure(): { definition: ProcedureDefinition; cases: PracticeCase[] }[] {
	const groups = new Map<string, PracticeCase[]>();
	for (const c of practiceCases)
		groups.set(c.procedureId, [...(groups.get(c.procedureId) ?? []), c]);
	return [...groups].flatMap(([id, cases]) => {
		const definition = getProcedure(id);
		return definition ? [{ definition, cases }] : [];
	});
}
