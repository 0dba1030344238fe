import { getProcedure } from '../procedures/registry';
import type { ProcedureDefinition } from '../procedures/procedure.schema';
import { civilStatusCases } from './cases-civil-status';
import { otherCases } from './cases-other';
import type { PracticeCase } from './practice-case';

export { sampleToday as practiceToday } from '../procedures/catalog/sample-data';

/** Every practice case, grouped by procedure in catalogue order. */
export const practiceCases: readonly PracticeCase[] = [...civilStatusCases, ...otherCases];

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
