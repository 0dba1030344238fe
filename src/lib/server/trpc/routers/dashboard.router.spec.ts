import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../auth/session';
import { insertCoachingRecord, insertPoint, insertStaff } from '$testing/server/dashboard';
import { failure as appErrorCodeOf } from '$testing/server/failure';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { createCaller } from '../root';

let handle: Awaited<ReturnType<typeof openTestDatabase>>;
const people = {} as Record<
	'manager' | 'officer' | 'officerElsewhere' | 'admin' | 'volunteer',
	SessionUser
>;
const points = { a: '', b: '', c: '' };
const period = { from: '2026-11-01', to: '2026-11-30', bucket: 'month' as const };
const as = (user: SessionUser) => createCaller(testContext(handle, { user }));

beforeAll(async () => {
	handle = await openTestDatabase();
	const db = handle.db;
	points.a = await insertPoint(db, 'Điểm A', '00004');
	points.b = await insertPoint(db, 'Điểm B', '00004');
	points.c = await insertPoint(db, 'Điểm C', '00007');
	people.manager = await insertStaff(db, 'quanly.a', 'manager', points.a);
	people.volunteer = await insertStaff(db, 'tnv.a', 'volunteer', points.a);
	people.officer = await insertStaff(db, 'canbo.a', 'officer', points.b);
	people.officerElsewhere = await insertStaff(db, 'canbo.c', 'officer', points.c);
	people.admin = await insertStaff(db, 'quantri', 'admin', null);
	const tnvB = await insertStaff(db, 'tnv.b', 'volunteer', points.b);
	const tnvC = await insertStaff(db, 'tnv.c', 'volunteer', points.c);
	const at = (accessPointId: string, volunteerId: string) => ({
		accessPointId,
		volunteerId,
		startedAt: '2026-11-10T02:00:00Z'
	});
	await insertCoachingRecord(db, at(points.a, people.volunteer.id), {
		total: 4,
		alone: 3,
		volunteer: 1
	});
	await insertCoachingRecord(db, at(points.b, tnvB.id), { total: 6, alone: 6 });
	await insertCoachingRecord(db, at(points.c, tnvC.id), { total: 10, alone: 1, volunteer: 9 });
});
afterAll(() => handle.dispose());

describe('dashboard roles', () => {
	it('shows a manager their own access point, and nothing wider', async () => {
		const own = await as(people.manager).dashboard.figures({ scope: { kind: 'point' }, period });
		expect(own.coaching.totals).toMatchObject({ sessions: 1, stepsTotal: 4, stepsAlone: 3 });
		const other = as(people.manager).dashboard.figures({
			scope: { kind: 'point', accessPointId: points.b },
			period
		});
		expect(await appErrorCodeOf(other)).toBe('forbidden');
		expect(
			await appErrorCodeOf(
				as(people.manager).dashboard.figures({ scope: { kind: 'ward' }, period })
			)
		).toBe('forbidden');
	});

	it('shows an officer their ward and its points, not another ward', async () => {
		const ward = await as(people.officer).dashboard.figures({ scope: { kind: 'ward' }, period });
		expect(ward.scope).toEqual({ kind: 'ward', communeCode: '00004' });
		expect(ward.coaching.totals).toMatchObject({ sessions: 2, stepsTotal: 10, stepsAlone: 9 });
		const pointA = await as(people.officer).dashboard.figures({
			scope: { kind: 'point', accessPointId: points.a },
			period
		});
		expect(pointA.coaching.totals.stepsTotal).toBe(4);
		for (const scope of [
			{ kind: 'ward' as const, communeCode: '00007' },
			{ kind: 'point' as const, accessPointId: points.c },
			{ kind: 'all' as const }
		]) {
			expect(await appErrorCodeOf(as(people.officer).dashboard.figures({ scope, period }))).toBe(
				'forbidden'
			);
		}
		const scopes = await as(people.officer).dashboard.scopes();
		expect(scopes.points.map((p) => p.name)).toEqual(['Điểm A', 'Điểm B']);
	});

	it('shows an administrator everything, and refuses a volunteer', async () => {
		const all = await as(people.admin).dashboard.figures({ scope: { kind: 'all' }, period });
		expect(all.coaching.totals).toMatchObject({ sessions: 3, stepsTotal: 20, stepsAlone: 10 });
		expect(
			await appErrorCodeOf(
				as(people.volunteer).dashboard.figures({ scope: { kind: 'point' }, period })
			)
		).toBe('forbidden');
	});

	it('refuses a reversed or too long period', async () => {
		const reversed = as(people.admin).dashboard.figures({
			scope: { kind: 'all' },
			period: { from: '2026-12-01', to: '2026-11-01', bucket: 'week' }
		});
		expect(await appErrorCodeOf(reversed)).toBe('invalid_input');
	});
});
