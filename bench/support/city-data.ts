/**
 * One year of a city's data, generated in PostgreSQL itself (generate_series): 584 wards with one
 * access point each, 3 volunteers per point, 300,000 coaching sessions, 150,000 ratings, shifts,
 * and 1,000,000 dossiers with their channel, result time and ~2 % apologies. Shapes follow the
 * real tables; values are random but plausible (a third of sessions under a skill card, etc.).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/lib/server/db/client';
import { procedures } from '../../src/testing/procedures/catalogue';

export const city = {
	wards: 584,
	volunteersPerPoint: 3,
	coachingSessions: 300_000,
	ratings: 150_000,
	shiftsPerPoint: 150,
	dossiers: 1_000_000,
	year: 2026
} as const;

/** Ward i's commune code: 5 digits, as GSO codes are. */
export const wardCode = (i: number) => String(20_000 + i);

export async function generateCity(db: Database): Promise<void> {
	const yearStart = `${city.year}-01-01T00:00:00+07:00`;
	const procedureIds = procedures.map((p) => p.id);
	// The ids are the app's own constants (no quotes in them): an array literal, not parameters.
	const ids = sql.raw(`array[${procedureIds.map((id) => `'${id}'`).join(', ')}]::text[]`);
	await db.execute(sql`
		insert into access_points (name, province_code, commune_code, street)
		select 'Điểm ' || i, '79', (20000 + i)::text, 'Phố ' || i
		from generate_series(1, ${city.wards}) i`);
	await db.execute(sql`
		insert into users (username, display_name, role, password_hash, access_point_id)
		select 'tnv.' || p.commune_code || '.' || k, 'Tình nguyện viên ' || k, 'volunteer', 'x', p.id
		from access_points p, generate_series(1, ${city.volunteersPerPoint}) k`);
	await db.execute(sql`create temporary table bench_staff as
		select row_number() over (order by id) as n, id, access_point_id from users where role = 'volunteer'`);
	const staff = city.wards * city.volunteersPerPoint;
	await db.execute(sql`
		insert into coaching_records (id, access_point_id, volunteer_id, procedure_id, procedure_version,
			practice, started_at, ended_at, duration_ms, steps, steps_total, steps_alone, steps_hint,
			steps_explain, steps_demonstrate, steps_volunteer, skill_card, client_id)
		select gen_random_uuid(), s.access_point_id, s.id, (${ids})[1 + (i % ${procedureIds.length})], 1,
			i % 10 = 0, t, t + interval '12 minutes', 720000, '[]'::jsonb, 6,
			a, least(1, 6 - a), least(1, greatest(0, 5 - a)), 0, greatest(0, 4 - a),
			case when i % 3 = 0 then lpad(to_hex(i % 50000), 8, '0') end, 'bench'
		from (
			select i, 1 + (i::bigint * 7919) % ${staff} as n,
				${yearStart}::timestamptz + random() * interval '364 days' + random() * interval '10 hours' as t,
				(random() * 6)::int as a
			from generate_series(1, ${city.coachingSessions}) i
		) g join bench_staff s on s.n = g.n`);
	await db.execute(sql`
		insert into ratings (id, access_point_id, procedure_id, overall, criteria, at, client_id)
		select gen_random_uuid(), p.id, null,
			(array['very_satisfied','satisfied','unsatisfied'])[1 + (i % 7 % 3)],
			jsonb_build_object('staff_attitude', i % 3, 'total_time', (i / 3) % 3),
			${yearStart}::timestamptz + random() * interval '364 days', 'bench'
		from generate_series(1, ${city.ratings}) i
		join (select row_number() over (order by id) as n, id from access_points) p on p.n = 1 + i % ${city.wards}`);
	await db.execute(sql`
		insert into shifts (access_point_id, volunteer_id, starts_at, ends_at)
		select s.access_point_id, s.id, t, t + interval '4 hours'
		from bench_staff s, lateral (
			select ${yearStart}::timestamptz + k * interval '2 days' + interval '1 hour' as t
			from generate_series(0, ${city.shiftsPerPoint / city.volunteersPerPoint} - 1) k
		) d`);
	await db.execute(sql`create temporary table bench_points as
		select row_number() over (order by id) as n, id, commune_code from access_points`);
	// Channels: 40 % at home, 30 % alone at a point, 30 % with a volunteer.
	await db.execute(sql`
		insert into dossiers (code, procedure_id, procedure_version, answers, client_id, client_reference,
			received_at, due_date, status, ward_code, access_point_id, channel, result_at)
		select 'BENCH-' || i, (${ids})[1 + (i % ${procedureIds.length})], 1, '{}'::jsonb,
			'bench-' || (i % 5000), 'CG-' || i, r, (r + interval '5 days')::date,
			(array['received','processing','needs_supplement','result_ready','delivered','delivered','delivered','rejected'])[1 + i % 8],
			p.commune_code,
			case when i % 10 >= 4 then p.id end,
			case when i % 10 < 4 then 'home' when i % 10 < 7 then 'point_alone' else 'point_volunteer' end,
			case when i % 8 in (3, 4, 5, 6) then r + (i % 9) * interval '1 day' end
		from (
			select i, ${yearStart}::timestamptz + random() * interval '364 days' as r
			from generate_series(1, ${city.dossiers}) i
		) g join bench_points p on p.n = 1 + i % ${city.wards}`);
	await db.execute(sql`
		insert into dossier_apologies (dossier_id, at, reason, old_date, new_date)
		select id, received_at + interval '6 days', 'Cần xác minh thêm', due_date, due_date + 3
		from dossiers where result_at > (due_date + 1)::timestamptz and random() < 0.3`);
	// A year's database has been vacuumed by autovacuum many times over (inserts trigger it since
	// PostgreSQL 13); a million rows written in a minute have not, until this.
	await db.execute(sql`vacuum analyze`);
}
