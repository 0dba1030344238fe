import { createSearchIndex, type SearchIndex } from '../text/search-index';
import type { FieldOfLaw, ServiceLevel } from './procedure-labels';
import { fieldOfLawNames } from './procedure-labels';
import type { ProcedureDefinition } from './procedure.schema';

export type CatalogFilter = { field?: FieldOfLaw; level?: ServiceLevel };

// Names weigh most; the other fields only break ties or find what a name does not say
// (e.g. "giấy chứng sinh" finds birth registration through its documents).
const weights = { name: 12, otherName: 6, field: 3, summary: 2, documents: 1 } as const;

/** A search index over procedures, Vietnamese first, English names also found. */
export function createCatalogSearch(items: readonly ProcedureDefinition[]): {
	search(query: string, filter?: CatalogFilter, limit?: number): ProcedureDefinition[];
} {
	const index: SearchIndex<ProcedureDefinition> = createSearchIndex(items, (p) => [
		{ text: p.name.vi, weight: weights.name },
		{ text: p.name.en, weight: weights.otherName },
		{
			text: `${fieldOfLawNames[p.field].vi} ${fieldOfLawNames[p.field].en}`,
			weight: weights.field
		},
		{ text: `${p.summary.vi} ${p.summary.en}`, weight: weights.summary },
		{
			text: p.documents.map((d) => `${d.name.vi} ${d.name.en}`).join(' '),
			weight: weights.documents
		}
	]);
	return {
		search(query, filter = {}, limit) {
			const matches = (p: ProcedureDefinition) =>
				(!filter.field || p.field === filter.field) && (!filter.level || p.level === filter.level);
			return index.search(query, { filter: matches, limit }).map((hit) => hit.item);
		}
	};
}
