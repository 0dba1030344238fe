import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$testing/server/database';
import { coachingFigures } from './coaching-figures';
import { dossierFigures } from './dossier-figures';
import {
	insertApology,
	insertCoachingRecord,
	insertDossierRow,
	insertPoint,
	insertRating,
	insertShift,
	insertStaff
} from '$testing/server/dashboard';
import { ratingFigures } from './rating-figures';
import type { DashboardPeriod } from './scope';
import { volunteerFigures } from './volunteer-figures';

let handle: Awaited<ReturnType<typeof openTestDatabase>>;
const w = { pointA: '', pointB: '', pointC: '', tnvA: '', tnvB: '', tnvC: '' };
const november: DashboardPeriod = { from: '2026-11-01', to: '2026-11-30', bucket: 'week' };

beforeAll(async () => {
	handle = await openTestDatabase();
	const db = handle.db;
	// Ward 00004 has points A and B; ward 00007 has point C.
	w.pointA = await insertPoint(db, 'A', '00004');
	w.pointB = await insertPoint(db, 'B', '00004');
	w.pointC = await insertPoint(db, 'C', '00007');
	w.tnvA = (await insertStaff(db, 'tnv.a', 'volunteer', w.pointA)).id;
	w.tnvB = (await insertStaff(db, 'tnv.b', 'volunteer', w.pointB)).id;
	w.tnvC = (await insertStaff(db, 'tnv.c', 'volunteer', w.pointC)).id;
	const rec = (
		pointId: string,
		volunteerId: string,
		startedAt: string,
		counts: Parameters<typeof insertCoachingRecord>[2],
		extra?: Parameters<typeof insertCoachingRecord>[3]
	) => insertCoachingRecord(db, { accessPointId: pointId, volunteerId, startedAt }, counts, extra);

	// Point A, week of Mon 2 Nov: 10 steps, 4 alone, 3 after help, 3 by the volunteer.
	await rec(
		w.pointA,
		w.tnvA,
		'2026-11-02T02:00:00Z',
		{ total: 6, alone: 2, hint: 1, explain: 1, volunteer: 2 },
		{ skillCard: 'AAAA1111' }
	);
	await rec(
		w.pointA,
		w.tnvA,
		'2026-11-03T02:00:00Z',
		{ total: 4, alone: 2, demonstrate: 1, volunteer: 1 },
		{ skillCard: 'BBBB2222' }
	);
	// Point A, week of Mon 9 Nov: both cards return; AAAA1111 rises (2/6 → 5/5), BBBB2222 falls (2/4 → 1/4).
	await rec(
		w.pointA,
		w.tnvA,
		'2026-11-10T02:00:00Z',
		{ total: 5, alone: 5 },
		{ skillCard: 'AAAA1111' }
	);
	await rec(
		w.pointA,
		w.tnvA,
		'2026-11-11T02:00:00Z',
		{ total: 4, alone: 1, volunteer: 3 },
		{ skillCard: 'BBBB2222' }
	);
	// Sunday 8 Nov 23:30 in Vietnam is still the week of 2 Nov (16:30 UTC).
	await rec(w.pointA, w.tnvA, '2026-11-08T16:30:00Z', { total: 2, alone: 2 });
	// Practice sessions never count in the shares.
	await rec(
		w.pointA,
		w.tnvA,
		'2026-11-04T02:00:00Z',
		{ total: 8, alone: 0, volunteer: 8 },
		{ practice: true }
	);
	// Point B (same ward) and point C (other ward).
	await rec(w.pointB, w.tnvB, '2026-11-12T02:00:00Z', { total: 10, alone: 10 });
	await rec(w.pointC, w.tnvC, '2026-11-12T02:00:00Z', { total: 10, alone: 0, volunteer: 10 });
	// Outside the period: 1 Dec 00:30 in Vietnam (30 Nov 17:30 UTC).
	await rec(w.pointA, w.tnvA, '2026-11-30T17:30:00Z', { total: 3, alone: 3 });

	await insertRating(db, w.pointA, '2026-11-02T03:00:00Z', 'very_satisfied', {
		staff_attitude: 2,
		total_time: 1
	});
	await insertRating(db, w.pointA, '2026-11-03T03:00:00Z', 'satisfied', { staff_attitude: 1 });
	await insertRating(db, w.pointA, '2026-11-10T03:00:00Z', 'very_satisfied');
	await insertRating(db, w.pointB, '2026-11-12T03:00:00Z', 'unsatisfied', { total_time: 0 });
	await insertRating(db, w.pointC, '2026-11-12T03:00:00Z', 'unsatisfied');

	// Shifts: A works 2 × 4 h; one shift runs past the end of the period by 2 h (only 2 h count).
	await insertShift(db, w.pointA, w.tnvA, '2026-11-02T01:00:00Z', '2026-11-02T05:00:00Z');
	await insertShift(db, w.pointA, w.tnvA, '2026-11-03T01:00:00Z', '2026-11-03T05:00:00Z');
	await insertShift(db, w.pointB, w.tnvB, '2026-11-30T15:00:00Z', '2026-11-30T19:00:00Z');
});
const now = new Date('2026-11-20T03:00:00Z');

/** Ward 00004: six dossiers in November, one in October; ward 00007: one. */
async function seedDossiers() {
	const db = handle.db;
	const d = (row: Parameters<typeof insertDossierRow>[1]) => insertDossierRow(db, row);
	// Ready on its due day (Vietnam date 5 Nov although 4 Nov in UTC): on time.
	await d({
		receivedAt: '2026-11-02T02:00:00Z',
		dueDate: '2026-11-05',
		status: 'delivered',
		wardCode: '00004',
		accessPointId: w.pointA,
		channel: 'point_volunteer',
		resultAt: '2026-11-04T18:00:00Z'
	});
	// Ready a day late: not on time.
	await d({
		receivedAt: '2026-11-02T03:00:00Z',
		dueDate: '2026-11-05',
		status: 'result_ready',
		wardCode: '00004',
		accessPointId: w.pointA,
		channel: 'point_alone',
		resultAt: '2026-11-06T02:00:00Z'
	});
	// Late, apologised with a new date, then ready by the new date: still late against the first promise.
	const apologised = await d({
		procedureId: 'dang-ky-khai-tu',
		receivedAt: '2026-11-03T02:00:00Z',
		dueDate: '2026-11-12',
		originalDueDate: '2026-11-05',
		status: 'delivered',
		wardCode: '00004',
		accessPointId: w.pointB,
		channel: 'point_alone',
		resultAt: '2026-11-11T02:00:00Z'
	});
	await insertApology(db, apologised, '2026-11-06T02:00:00Z');
	// Waiting past its due date: overdue now (today is 20 Nov).
	await d({
		receivedAt: '2026-11-09T02:00:00Z',
		dueDate: '2026-11-12',
		status: 'processing',
		wardCode: '00004',
		channel: 'home'
	});
	// Past due but waiting for the citizen's papers: paused, not overdue.
	await d({
		receivedAt: '2026-11-09T03:00:00Z',
		dueDate: '2026-11-12',
		status: 'needs_supplement',
		wardCode: '00004',
		channel: 'home'
	});
	// Due later: not overdue.
	await d({
		procedureId: 'dang-ky-khai-tu',
		receivedAt: '2026-11-19T02:00:00Z',
		dueDate: '2026-11-24',
		status: 'received',
		wardCode: '00004',
		channel: 'home'
	});
	// October: outside the period, though its result comes in November (counts as decided then).
	await d({
		receivedAt: '2026-10-28T02:00:00Z',
		dueDate: '2026-11-02',
		status: 'delivered',
		wardCode: '00004',
		channel: 'home',
		resultAt: '2026-11-02T02:00:00Z'
	});
	// Another ward.
	await d({
		receivedAt: '2026-11-10T02:00:00Z',
		dueDate: '2026-11-11',
		status: 'processing',
		wardCode: '00007',
		accessPointId: w.pointC,
		channel: 'point_alone'
	});
}

afterAll(async () => {
	await handle.dispose();
});

describe('coaching figures', () => {
	it('counts one access point: shares, buckets in Vietnam weeks, practice apart', async () => {
		const f = await coachingFigures(
			handle.db,
			{ kind: 'point', accessPointId: w.pointA },
			november
		);
		expect(f.totals).toMatchObject({
			sessions: 5,
			stepsTotal: 21,
			stepsAlone: 12,
			stepsAfterHelp: 3,
			stepsVolunteer: 6
		});
		expect(f.totals.shareAlone).toBeCloseTo(12 / 21);
		expect(f.practiceSessions).toBe(1);
		expect(f.series.map((p) => [p.bucket, p.sessions, p.stepsTotal, p.stepsAlone])).toEqual([
			['2026-11-02', 3, 12, 6],
			['2026-11-09', 2, 9, 6]
		]);
		expect(f.skillCards).toEqual({ returning: 2, rose: 1 });
	});

	it('sums a ward over its points, and the whole installation', async () => {
		const ward = await coachingFigures(handle.db, { kind: 'ward', communeCode: '00004' }, november);
		expect(ward.totals).toMatchObject({ sessions: 6, stepsTotal: 31, stepsAlone: 22 });
		const all = await coachingFigures(handle.db, { kind: 'all' }, november);
		expect(all.totals).toMatchObject({
			sessions: 7,
			stepsTotal: 41,
			stepsAlone: 22,
			stepsVolunteer: 16
		});
	});

	it('buckets by month, and answers zeros for an empty scope', async () => {
		const month = await coachingFigures(
			handle.db,
			{ kind: 'all' },
			{ ...november, bucket: 'month' }
		);
		expect(month.series.map((p) => [p.bucket, p.sessions])).toEqual([['2026-11-01', 7]]);
		const none = await coachingFigures(handle.db, { kind: 'ward', communeCode: '99999' }, november);
		expect(none.totals).toMatchObject({ sessions: 0, stepsTotal: 0, shareAlone: 0 });
		expect(none.series).toEqual([]);
		expect(none.skillCards).toEqual({ returning: 0, rose: 0 });
	});
});

describe('dossier figures', () => {
	beforeAll(seedDossiers);

	it('counts a ward: by procedure, by channel, on time against the first promise, overdue, apologies', async () => {
		const f = await dossierFigures(
			handle.db,
			{ kind: 'ward', communeCode: '00004' },
			november,
			now
		);
		expect(f.total).toBe(6);
		expect(f.byProcedure).toEqual([
			{ procedureId: 'dang-ky-khai-sinh', count: 4 },
			{ procedureId: 'dang-ky-khai-tu', count: 2 }
		]);
		expect(f.byChannel).toEqual({ home: 3, pointAlone: 2, pointVolunteer: 1 });
		expect(f.series).toEqual([
			{ bucket: '2026-11-02', total: 3 },
			{ bucket: '2026-11-09', total: 2 },
			{ bucket: '2026-11-16', total: 1 }
		]);
		expect(f).toMatchObject({ decided: 4, onTime: 2, overdueNow: 1, apologies: 1 });
		expect(f.onTimeRate).toBe(0.5);
	});

	it('scopes by the sending access point, and sums the installation', async () => {
		const a = await dossierFigures(
			handle.db,
			{ kind: 'point', accessPointId: w.pointA },
			november,
			now
		);
		expect(a).toMatchObject({ total: 2, decided: 2, onTime: 1, overdueNow: 0, apologies: 0 });
		const all = await dossierFigures(handle.db, { kind: 'all' }, november, now);
		expect(all).toMatchObject({ total: 7, overdueNow: 2, apologies: 1 });
	});
});

describe('rating figures', () => {
	it('gives the share of each answer and the criteria averages', async () => {
		const ward = await ratingFigures(handle.db, { kind: 'ward', communeCode: '00004' }, november);
		expect(ward.count).toBe(4);
		expect(ward.byLevel.very_satisfied).toEqual({ count: 2, share: 0.5 });
		expect(ward.byLevel.satisfied).toEqual({ count: 1, share: 0.25 });
		expect(ward.byLevel.unsatisfied).toEqual({ count: 1, share: 0.25 });
		expect(ward.criteria).toEqual([
			{ criterion: 'total_time', answers: 2, average: 0.5 },
			{ criterion: 'staff_attitude', answers: 2, average: 1.5 }
		]);
	});
});

describe('volunteer figures', () => {
	it('adds shift hours inside the period and coached sessions per volunteer', async () => {
		const ward = await volunteerFigures(
			handle.db,
			{ kind: 'ward', communeCode: '00004' },
			november
		);
		expect(ward).toEqual([
			{ volunteerId: w.tnvA, displayName: 'Tên tnv.a', hours: 8, sessions: 5 },
			{ volunteerId: w.tnvB, displayName: 'Tên tnv.b', hours: 2, sessions: 1 }
		]);
	});
});
