import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertDossierRow, insertPoint, insertStaff } from '$testing/server/dashboard';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createCaller } from '../trpc/root';
import { procedureUsage } from './procedure-usage';

const now = new Date('2026-11-20T03:00:00Z');

describe('procedures.usage', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let here: string;
	let there: string;

	beforeAll(async () => {
		handle = await openTestDatabase(undefined, { procedures: false });
		const db = handle.db;
		// With one access point only, a device that knows none is counted as that one.
		here = await insertPoint(db, 'Nhà văn hóa tổ 5', '00004');
		expect(await procedureUsage(db, { user: null }, now)).toEqual({
			accessPointId: here,
			counts: {}
		});

		there = await insertPoint(db, 'Nhà văn hóa tổ 9', '00008');
		const dossier = (procedureId: string, accessPointId: string | undefined, receivedAt: string) =>
			insertDossierRow(db, {
				procedureId,
				receivedAt,
				dueDate: '2026-11-30',
				status: 'received',
				wardCode: accessPointId === there ? '00008' : '00004',
				channel: accessPointId ? 'point_alone' : 'home',
				...(accessPointId && { accessPointId })
			});
		for (let i = 0; i < 3; i++) await dossier('dang-ky-tam-tru', here, '2026-11-02T02:00:00Z');
		await dossier('dang-ky-khai-sinh', here, '2026-03-01T02:00:00Z');
		// older than a year: no longer counted
		await dossier('dang-ky-ket-hon', here, '2025-10-01T02:00:00Z');
		// another access point's, and one sent from home
		for (let i = 0; i < 5; i++) await dossier('dang-ky-khai-tu', there, '2026-11-02T02:00:00Z');
		await dossier('dang-ky-thuong-tru', undefined, '2026-11-02T02:00:00Z');
	});
	afterAll(() => handle.dispose());

	it('counts only this access point’s dossiers of the last year', async () => {
		expect(await procedureUsage(handle.db, { user: { accessPointId: here } }, now)).toEqual({
			accessPointId: here,
			counts: { 'dang-ky-tam-tru': 3, 'dang-ky-khai-sinh': 1 }
		});
		expect(await procedureUsage(handle.db, { user: { accessPointId: there } }, now)).toEqual({
			accessPointId: there,
			counts: { 'dang-ky-khai-tu': 5 }
		});
	});

	it('answers through the router for the signed-in staff member’s access point first', async () => {
		const volunteer = await insertStaff(handle.db, 'tnv.usage', 'volunteer', there);
		const usage = await createCaller(testContext(handle, { user: volunteer })).procedures.usage({
			accessPointId: here
		});
		expect(usage.accessPointId).toBe(there);
		expect(Object.keys(usage.counts)).toEqual(['dang-ky-khai-tu']);
	});

	it('uses the access point the device remembers when nobody is signed in', async () => {
		const caller = createCaller(testContext(handle));
		const usage = await caller.procedures.usage({ accessPointId: here });
		expect(usage.accessPointId).toBe(here);
		expect(usage.counts['dang-ky-tam-tru']).toBe(3);
	});

	it('counts nothing when the access point cannot be told among several', async () => {
		const caller = createCaller(testContext(handle));
		expect(await caller.procedures.usage({})).toEqual({ accessPointId: null, counts: {} });
		// an unknown remembered id is not taken on trust
		expect(
			await caller.procedures.usage({ accessPointId: '00000000-0000-4000-8000-000000000000' })
		).toEqual({ accessPointId: null, counts: {} });
		await expect(caller.procedures.usage({ accessPointId: 'not-a-uuid' })).rejects.toThrow();
	});
});
