import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { parseUnitListCsv, parseUnitListJson, type UnitList } from '$lib/domain/units/unit-list';
import { openTestDatabase } from '$testing/server/database';
import { communesTable, provincesTable } from '../db/schema';
import { importUnitList, seedProvinces } from './import-units';

// The list shipped with the project (seeded on first start; see seed-units.ts).
const sharedJson = 'src/lib/server/units/data/vn-admin-units-2026-07-25.json';

describe('administrative unit import', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
	});
	afterAll(() => handle.dispose());

	it('seeds the 34 provinces', async () => {
		expect(await handle.db.select().from(provincesTable)).toHaveLength(34);
	});

	it.runIf(existsSync(sharedJson))(
		'imports the shared JSON list, then again with no change',
		async () => {
			const parsed = parseUnitListJson(readFileSync(sharedJson, 'utf8'));
			if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
			expect(parsed.list.effectiveFrom).toBe('2026-07-25');
			const first = await importUnitList(handle.db, parsed.list);
			expect(first.communes.added).toBe(3321);
			expect(first.provinces.unchanged).toBe(34);
			const ward = await handle.db
				.select()
				.from(communesTable)
				.where(eq(communesTable.code, '00004'));
			expect(ward[0]).toMatchObject({
				name: 'Ba Đình',
				fullName: 'Phường Ba Đình',
				kind: 'ward',
				provinceCode: '01'
			});
			const second = await importUnitList(handle.db, parsed.list);
			expect(second.communes).toEqual({ added: 0, updated: 0, unchanged: 3321, retired: 0 });
			expect(second.provinces).toEqual({ added: 0, updated: 0, unchanged: 34, retired: 0 });
		}
	);

	it('imports a CSV, renames and retires by resolution, and re-imports idempotently', async () => {
		const csv = [
			'code,name,province,type',
			'99901,Thử Nghiệm Một,96,Xã',
			'99902,Thử Nghiệm Hai,96,Phường',
			'"99903","Đặc khu Thử, Nghiệm",96,Đặc khu'
		].join('\n');
		const parsed = parseUnitListCsv(csv, '2026-10-01');
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
		const first = await importUnitList(handle.db, parsed.list);
		expect(first.communes.added).toBe(3);
		expect(await importUnitList(handle.db, parsed.list)).toMatchObject({
			communes: { added: 0, updated: 0, unchanged: 3 }
		});

		// A later list for Cà Mau without 99902 and with 99901 renamed.
		const later: UnitList = {
			effectiveFrom: '2027-01-01',
			provinces: [],
			communes: [
				{
					code: '99901',
					provinceCode: '96',
					name: 'Thử Mới',
					fullName: 'Xã Thử Mới',
					kind: 'commune'
				},
				{
					code: '99903',
					provinceCode: '96',
					name: 'Thử, Nghiệm',
					fullName: 'Đặc khu Thử, Nghiệm',
					kind: 'special_zone'
				}
			]
		};
		const report = await importUnitList(handle.db, later);
		expect(report.communes.updated).toBe(1);
		expect(report.communes.retired).toBeGreaterThanOrEqual(1);
		const [retired] = await handle.db
			.select()
			.from(communesTable)
			.where(eq(communesTable.code, '99902'));
		expect(retired?.effectiveTo).toBe('2027-01-01');
		const inForce = await handle.db
			.select()
			.from(communesTable)
			.where(and(eq(communesTable.provinceCode, '96'), isNull(communesTable.effectiveTo)));
		expect(inForce.map((c) => c.code).sort()).toEqual(['99901', '99903']);
	});
});
