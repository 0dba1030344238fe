import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { provinces } from '$lib/domain/units/provinces';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createCaller } from '../trpc/root';
import { communesTable } from '../db/schema';
import { importUnitList } from './import-units';
import { seedUnits } from './seed-units';

describe('units out of the box', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(() => handle.dispose());
	const units = () => createCaller(testContext(handle)).units;

	it('a fresh database answers communes for every province, 3,321 in all', async () => {
		expect(await seedUnits(handle.db)).toBe(3321);
		expect(await units().provinces()).toHaveLength(34);
		let total = 0;
		for (const p of provinces) {
			const communes = await units().communes({ provinceCode: p.code });
			expect(communes.length, p.fullName).toBeGreaterThan(0);
			total += communes.length;
		}
		expect(total).toBe(3321);
		const hanoi = await units().communes({ provinceCode: '01' });
		expect(hanoi).toContainEqual({ code: '00004', name: 'Ba Đình', fullName: 'Phường Ba Đình' });
	});

	it('a second start adds nothing and is quick', async () => {
		const started = performance.now();
		expect(await seedUnits(handle.db)).toBe(0);
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it('a later list wins: the seed never brings back what an import changed', async () => {
		// Cà Mau's later list: one commune renamed, every other one retired.
		await importUnitList(handle.db, {
			effectiveFrom: '2027-01-01',
			provinces: [],
			communes: [
				{
					code: '31825',
					provinceCode: '96',
					name: 'Thử Mới',
					fullName: 'Phường Thử Mới',
					kind: 'ward'
				}
			]
		});
		expect(await seedUnits(handle.db)).toBe(0);
		expect(await units().communes({ provinceCode: '96' })).toEqual([
			{ code: '31825', name: 'Thử Mới', fullName: 'Phường Thử Mới' }
		]);
		// A province whose rows were all deleted by hand is seeded again on the next start.
		await handle.db.delete(communesTable).where(eq(communesTable.provinceCode, '04'));
		expect(await seedUnits(handle.db)).toBeGreaterThan(0);
		expect((await units().communes({ provinceCode: '04' })).length).toBeGreaterThan(0);
	});
});
