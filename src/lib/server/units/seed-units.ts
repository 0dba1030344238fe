import { provinces } from '$lib/domain/units/provinces';
import { describeUnitListError, parseUnitListValue } from '$lib/domain/units/unit-list';
import type { Database } from '../db/client';
import { communesTable } from '../db/schema';
import { importUnitList, seedProvinces } from './import-units';

/**
 * The current list ships with the project (data/, MIT licence in data/LICENSE: thanglequoc's
 * vietnamese-provinces-database, 34 provinces and 3,321 communes after NQ 30/2026/QH16), so the
 * address field offers communes on the first start. Loaded only when something is missing.
 */
const shippedList = () => import('./data/vn-admin-units-2026-07-25.json');

async function provincesWithCommunes(db: Database): Promise<Set<string>> {
	const rows = await db
		.selectDistinct({ provinceCode: communesTable.provinceCode })
		.from(communesTable);
	return new Set(rows.map((row) => row.provinceCode));
}

/**
 * Seeds the provinces, then the shipped communes of every province that has none yet. A
 * province with any commune row (this seed, or an administrator's later import) is left as it
 * is, so a later list always wins and a second start costs one query. Returns the communes added.
 */
export async function seedUnits(db: Database): Promise<number> {
	await seedProvinces(db);
	const covered = await provincesWithCommunes(db);
	if (provinces.every((p) => covered.has(p.code))) return 0;

	const parsed = parseUnitListValue((await shippedList()).default);
	if (!parsed.ok) {
		throw new Error(`shipped unit list: ${parsed.errors.map(describeUnitListError).join('; ')}`);
	}
	const communes = parsed.list.communes.filter((c) => !covered.has(c.provinceCode));
	try {
		const report = await importUnitList(db, { ...parsed.list, provinces: [], communes });
		return report.communes.added;
	} catch (error) {
		// Two servers starting at once on one PostgreSQL: the loser's insert collides with the
		// winner's rows; nothing is missing then, so the start goes on.
		const now = await provincesWithCommunes(db);
		if (communes.every((c) => now.has(c.provinceCode))) return 0;
		throw error;
	}
}
