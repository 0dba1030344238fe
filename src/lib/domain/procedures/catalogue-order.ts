import type { ProcedureDefinition } from './procedure.schema';

/** Dossiers per procedure id at one access point (`procedures.usage`); absent ids count 0. */
export type ProcedureUsageCounts = Readonly<Record<string, number>>;

const countOf = (counts: ProcedureUsageCounts, id: string): number => {
	const n = Object.hasOwn(counts, id) ? counts[id] : 0;
	return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : 0;
};

/** Whether any procedure of the list was used at the access point (the note is said only then). */
export const hasUsage = (
	procedures: readonly ProcedureDefinition[],
	counts: ProcedureUsageCounts
): boolean => procedures.some((p) => countOf(counts, p.id) > 0);

/**
 * The catalogue as an access point sees it (issue 17): what its own dossiers used most comes
 * first, then the catalogue's order, then the name. With no usage, the catalogue order alone.
 */
export function orderByUsage(
	procedures: readonly ProcedureDefinition[],
	counts: ProcedureUsageCounts
): ProcedureDefinition[] {
	return [...procedures].sort(
		(a, b) =>
			countOf(counts, b.id) - countOf(counts, a.id) ||
			(a.catalogueOrder ?? Number.MAX_SAFE_INTEGER) -
				(b.catalogueOrder ?? Number.MAX_SAFE_INTEGER) ||
			a.name.vi.localeCompare(b.name.vi, 'vi')
	);
}
