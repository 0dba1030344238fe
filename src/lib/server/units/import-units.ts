import { eq, inArray } from 'drizzle-orm';
import { provinces, provincesEffectiveFrom } from '$lib/domain/units/provinces';
import type { UnitList } from '$lib/domain/units/unit-list';
import type { Database } from '../db/client';
import { communesTable, provincesTable } from '../db/schema';

export type ChangeCounts = { added: number; updated: number; unchanged: number; retired: number };
export type UnitImportReport = { provinces: ChangeCounts; communes: ChangeCounts };

const zero = (): ChangeCounts => ({ added: 0, updated: 0, unchanged: 0, retired: 0 });
const insertBatch = 500;

/** Seeds the 34 provinces on first start; later lists come through the import. */
export async function seedProvinces(db: Database): Promise<void> {
	await db
		.insert(provincesTable)
		.values(provinces.map((p) => ({ ...p, effectiveFrom: provincesEffectiveFrom })))
		.onConflictDoNothing();
}

/**
 * Applies a unit list in one transaction. Idempotent: importing the same list twice changes
 * nothing the second time. Communes of a province the list covers but that the list no longer
 * names are retired (effectiveTo), never deleted, so stored addresses keep resolving.
 */
export async function importUnitList(db: Database, list: UnitList): Promise<UnitImportReport> {
	const report: UnitImportReport = { provinces: zero(), communes: zero() };
	await db.transaction(async (tx) => {
		const existingProvinces = new Map(
			(await tx.select().from(provincesTable)).map((p) => [p.code, p])
		);
		for (const p of list.provinces) {
			const old = existingProvinces.get(p.code);
			if (!old) {
				await tx.insert(provincesTable).values({ ...p, effectiveFrom: list.effectiveFrom });
				report.provinces.added++;
			} else if (
				old.name !== p.name ||
				old.fullName !== p.fullName ||
				old.kind !== p.kind ||
				old.effectiveTo
			) {
				await tx
					.update(provincesTable)
					.set({ name: p.name, fullName: p.fullName, kind: p.kind, effectiveTo: null })
					.where(eq(provincesTable.code, p.code));
				report.provinces.updated++;
			} else report.provinces.unchanged++;
		}

		const covered = [...new Set(list.communes.map((c) => c.provinceCode))];
		const existing = new Map(
			(covered.length
				? await tx.select().from(communesTable).where(inArray(communesTable.provinceCode, covered))
				: []
			).map((c) => [c.code, c])
		);
		const toInsert: (typeof communesTable.$inferInsert)[] = [];
		for (const c of list.communes) {
			const old = existing.get(c.code);
			existing.delete(c.code);
			if (!old) {
				toInsert.push({ ...c, effectiveFrom: list.effectiveFrom });
			} else if (
				old.name !== c.name ||
				old.fullName !== c.fullName ||
				old.kind !== c.kind ||
				old.provinceCode !== c.provinceCode ||
				old.effectiveTo
			) {
				await tx
					.update(communesTable)
					.set({ ...c, effectiveTo: null })
					.where(eq(communesTable.code, c.code));
				report.communes.updated++;
			} else report.communes.unchanged++;
		}
		for (let i = 0; i < toInsert.length; i += insertBatch) {
			await tx.insert(communesTable).values(toInsert.slice(i, i + insertBatch));
		}
		report.communes.added = toInsert.length;

		const retired = [...existing.values()].filter((c) => !c.effectiveTo).map((c) => c.code);
		if (retired.length) {
			await tx
				.update(communesTable)
				.set({ effectiveTo: list.effectiveFrom })
				.where(inArray(communesTable.code, retired));
		}
		report.communes.retired = retired.length;
	});
	return report;
}

export function describeImportReport(report: UnitImportReport): string {
	const line = (label: string, c: ChangeCounts) =>
		`${label}: thêm ${c.added}, cập nhật ${c.updated}, giữ nguyên ${c.unchanged}, ngừng hiệu lực ${c.retired}`;
	return [
		line('Tỉnh/thành phố', report.provinces),
		line('Xã/phường/đặc khu', report.communes)
	].join('\n');
}
