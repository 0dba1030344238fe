import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { seedProvinces } from '../../units/import-units';
import type { SessionUser } from '../../auth/session';
import { createCaller } from '../root';

const staff = (role: SessionUser['role']): SessionUser => ({
	id: crypto.randomUUID(),
	username: role,
	displayName: role,
	role,
	accessPointId: null
});

describe('units router', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedProvinces(handle.db);
	});
	afterAll(() => handle.dispose());

	it('lists provinces to anyone, and no communes before an import', async () => {
		const caller = createCaller(testContext(handle));
		expect(await caller.units.provinces()).toHaveLength(34);
		expect(await caller.units.communes({ provinceCode: '01' })).toEqual([]);
	});

	it('lets only an administrator import', async () => {
		const content = 'code,name,province\n00004,Phường Ba Đình,01\n';
		await expect(
			createCaller(testContext(handle, { user: staff('manager') })).units.import({
				format: 'csv',
				content
			})
		).rejects.toMatchObject({ code: 'FORBIDDEN' });
		// The admin is not a row in users here; audit rows need a real user, so seed one.
		const { users } = await import('../../db/schema');
		const [admin] = await handle.db
			.insert(users)
			.values({ username: 'qt', displayName: 'QT', role: 'admin', passwordHash: 'x' })
			.returning();
		const caller = createCaller(
			testContext(handle, { user: { ...staff('admin'), id: admin!.id } })
		);
		const result = await caller.units.import({
			format: 'csv',
			content,
			effectiveFrom: '2026-07-25'
		});
		expect(result.report.communes.added).toBe(1);
		expect(await createCaller(testContext(handle)).units.communes({ provinceCode: '01' })).toEqual([
			{ code: '00004', name: 'Ba Đình', fullName: 'Phường Ba Đình' }
		]);
		const error = await caller.units
			.import({ format: 'csv', content: 'ma,ten\n1,A\n' })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(TRPCError);
		expect((error as TRPCError).code).toBe('BAD_REQUEST');
		expect((error as TRPCError).message).toContain('Thiếu cột');
	});
});
