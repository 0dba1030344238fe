import { asc, desc, sql } from 'drizzle-orm';
import type { LocalizedText } from '$lib/domain/validation/issue';
import type { Database } from '../db/client';
import { procedureVersions, type ProcedureVersionStatus } from '../db/schema';

export type ProcedureListItem = {
	id: string;
	slug: string;
	name: LocalizedText;
	versions: {
		version: number;
		status: ProcedureVersionStatus;
		effectiveFrom: string | null;
		publishedAt: string | null;
	}[];
};

/** Every procedure with all its versions, newest first; named as its newest version names it. */
export async function listProcedures(db: Database): Promise<{ procedures: ProcedureListItem[] }> {
	const rows = await db
		.select({
			id: procedureVersions.id,
			version: procedureVersions.version,
			slug: procedureVersions.slug,
			status: procedureVersions.status,
			effectiveFrom: procedureVersions.effectiveFrom,
			publishedAt: procedureVersions.publishedAt,
			name: sql<LocalizedText>`${procedureVersions.document} -> 'name'`,
			order: sql<number | null>`(${procedureVersions.document} ->> 'catalogueOrder')::int`
		})
		.from(procedureVersions)
		.orderBy(asc(procedureVersions.id), desc(procedureVersions.version));
	const byId = new Map<string, ProcedureListItem & { order: number }>();
	for (const row of rows) {
		let item = byId.get(row.id);
		if (!item) {
			item = {
				id: row.id,
				slug: row.slug,
				name: row.name,
				order: row.order ?? Number.MAX_SAFE_INTEGER,
				versions: []
			};
			byId.set(row.id, item);
		}
		item.versions.push({
			version: row.version,
			status: row.status,
			effectiveFrom: row.effectiveFrom,
			publishedAt: row.publishedAt?.toISOString() ?? null
		});
	}
	const procedures = [...byId.values()]
		.sort((a, b) => a.order - b.order || a.name.vi.localeCompare(b.name.vi, 'vi'))
		.map(({ order: _order, ...item }) => item);
	return { procedures };
}
