import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '$testing/server/database';
import {
	insertCoachingRecord,
	insertDossierRow,
	insertPoint,
	insertRating,
	insertStaff
} from '$testing/server/dashboard';
import { ratingFigures } from './rating-figures';

/**
 * The daily totals the triggers keep (migration dashboard_rollup_triggers) must always equal the
 * same sums over the source tables, whatever the writes: single rows, bulk statements, status
 * changes, results, moved due dates, deletes. Each check compares a rollup with its definition.
 */
let handle: Awaited<ReturnType<typeof openTestDatabase>>;

const rows = async (query: ReturnType<typeof sql>) => {
	const result = (await handle.db.execute(query)) as unknown as
		Record<string, unknown>[] | { rows: Record<string, unknown>[] };
	return (Array.isArray(result) ? result : result.rows).map((row) =>
		Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]))
	);
};

const day = (column: string) => `(timezone('UTC', ${column}) + interval '7 hours')::date`;

/** [rollup's rows without zero groups, the source's sums], both ordered. */
const pairs = {
	received: [
		`select day, procedure_id, channel, dossiers from dashboard_dossiers_received where dossiers <> 0 order by 1, 2, 3`,
		`select ${day('received_at')} as day, procedure_id, channel, count(*)::int as dossiers from dossiers group by 1, 2, 3 order by 1, 2, 3`
	],
	results: [
		`select day, decided, on_time from dashboard_dossier_results where decided <> 0 or on_time <> 0 order by 1`,
		`select day, count(*)::int as decided, (count(*) filter (where day <= promised))::int as on_time from (select ${day('result_at')} as day, coalesce(original_due_date, due_date) as promised from dossiers where result_at is not null) d group by 1 order by 1`
	],
	waiting: [
		`select due_date, dossiers from dashboard_dossiers_waiting where dossiers <> 0 order by 1`,
		`select due_date, count(*)::int as dossiers from dossiers where status in ('received', 'processing') group by 1 order by 1`
	],
	coaching: [
		`select day, practice, sessions, steps_total, steps_alone, steps_after_help, steps_volunteer from dashboard_coaching where sessions <> 0 order by 1, 2`,
		`select ${day('started_at')} as day, practice, count(*)::int as sessions, sum(steps_total)::int as steps_total, sum(steps_alone)::int as steps_alone, sum(steps_hint + steps_explain + steps_demonstrate)::int as steps_after_help, sum(steps_volunteer)::int as steps_volunteer from coaching_records group by 1, 2 order by 1, 2`
	],
	ratings: [
		`select day, overall, ratings from dashboard_ratings where ratings <> 0 order by 1, 2`,
		`select ${day('at')} as day, overall, count(*)::int as ratings from ratings group by 1, 2 order by 1, 2`
	],
	criteria: [
		`select day, criterion, answers, points from dashboard_rating_criteria where answers <> 0 order by 1, 2`,
		`select ${day('at')} as day, e.key as criterion, count(*)::int as answers, sum(e.value::int)::int as points from ratings cross join lateral jsonb_each_text(criteria) e(key, value) group by 1, 2 order by 1, 2`
	]
} as const;

async function expectRollupsTrue() {
	for (const [name, [rollup, source]] of Object.entries(pairs)) {
		const [kept, summed] = [await rows(sql.raw(rollup)), await rows(sql.raw(source))];
		expect(kept, `${name} rollup`).toEqual(summed);
	}
}

let pointA = '';
let pointB = '';

beforeAll(async () => {
	handle = await openTestDatabase();
	pointA = await insertPoint(handle.db, 'A', '00004');
	pointB = await insertPoint(handle.db, 'B', '00007');
});
afterAll(async () => handle?.dispose());

describe('dashboard rollups', () => {
	it('follow single inserts, across the Vietnamese midnight', async () => {
		const volunteer = (await insertStaff(handle.db, 'tnv.r', 'volunteer', pointA)).id;
		// 16:59 and 17:00 UTC are the 23:59 of one Vietnamese day and the 00:00 of the next.
		for (const receivedAt of ['2026-11-02T16:59:00Z', '2026-11-02T17:00:00Z']) {
			await insertDossierRow(handle.db, {
				receivedAt,
				dueDate: '2026-11-05',
				status: 'received',
				wardCode: '00004',
				accessPointId: pointA,
				channel: 'point_volunteer'
			});
			await insertCoachingRecord(
				handle.db,
				{ accessPointId: pointA, volunteerId: volunteer, startedAt: receivedAt },
				{ total: 5, alone: 2, hint: 1, volunteer: 2 }
			);
			await insertRating(handle.db, pointA, receivedAt, 'satisfied', { staff_attitude: 2 });
		}
		await insertCoachingRecord(
			handle.db,
			{ accessPointId: pointA, volunteerId: volunteer, startedAt: '2026-11-03T02:00:00Z' },
			{ total: 4, alone: 4 },
			{ practice: true }
		);
		await expectRollupsTrue();
		const received = await rows(
			sql.raw(`select day from dashboard_dossiers_received order by day`)
		);
		expect(received.map((r) => r.day)).toEqual(['2026-11-02', '2026-11-03']);
	});

	it('follow a bulk insert, status changes, results, moved due dates and deletes', async () => {
		await handle.db.execute(
			sql.raw(`
			insert into dossiers (code, procedure_id, procedure_version, answers, client_id, client_reference,
				received_at, due_date, status, ward_code, access_point_id, channel, result_at)
			select 'R-' || i, (array['a', 'b', 'c'])[1 + i % 3], 1, '{}'::jsonb, 'dev', 'CG-R-' || i,
				timestamptz '2026-10-01T00:00:00Z' + i * interval '7 hours', date '2026-10-05' + i % 40,
				(array['received', 'processing', 'result_ready', 'delivered', 'rejected'])[1 + i % 5],
				case when i % 2 = 0 then '00004' else '00007' end,
				case when i % 3 = 0 then null::uuid when i % 2 = 0 then '${pointA}'::uuid else '${pointB}'::uuid end,
				(array['home', 'point_alone', 'point_volunteer'])[1 + i % 3],
				case when i % 5 in (2, 3) then timestamptz '2026-10-02T00:00:00Z' + i * interval '9 hours' end
			from generate_series(1, 300) i`)
		);
		await expectRollupsTrue();

		// The officer's actions: results written, some late, due dates moved by an apology.
		await handle.db.execute(
			sql.raw(`update dossiers set status = 'result_ready', result_at = received_at + interval '3 days'
				where code like 'R-%' and status in ('received', 'processing') and right(code, 1) in ('1', '4')`)
		);
		await handle.db.execute(
			sql.raw(`update dossiers set original_due_date = due_date, due_date = due_date + 3
				where code like 'R-%' and right(code, 1) = '7'`)
		);
		await handle.db.execute(
			sql.raw(`update dossiers set channel = 'home' where code like 'R-%' and right(code, 1) = '9'`)
		);
		// An update that changes nothing the dashboard counts.
		await handle.db.execute(sql.raw(`update dossiers set answers = '{}'::jsonb where true`));
		await handle.db.execute(
			sql.raw(`delete from dossiers where code like 'R-%' and right(code, 1) = '3'`)
		);
		await handle.db.execute(
			sql.raw(
				`update ratings set overall = 'very_satisfied', criteria = '{"total_time": 1}'::jsonb`
			)
		);
		await handle.db.execute(sql.raw(`delete from coaching_records where practice`));
		await expectRollupsTrue();
	});

	it('answer the whole installation as a scan of the source would', async () => {
		const period = { from: '2026-11-01', to: '2026-11-30', bucket: 'week' as const };
		const all = await ratingFigures(handle.db, { kind: 'all' }, period);
		const a = await ratingFigures(handle.db, { kind: 'point', accessPointId: pointA }, period);
		const b = await ratingFigures(handle.db, { kind: 'point', accessPointId: pointB }, period);
		expect(all.count).toBe(a.count + b.count);
		expect(all).toEqual({
			count: 2,
			byLevel: {
				very_satisfied: { count: 2, share: 1 },
				satisfied: { count: 0, share: 0 },
				unsatisfied: { count: 0, share: 0 }
			},
			criteria: [{ criterion: 'total_time', answers: 2, average: 1 }]
		});
	});
});
