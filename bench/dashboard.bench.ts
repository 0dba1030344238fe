/**
 * Dashboard queries at a city's scale (issue 9): one year of generated data — 584 wards, one
 * access point each, 1,000,000 dossiers, 300,000 coaching sessions, 150,000 ratings, shifts —
 * in a PostgreSQL database created and dropped here. A "load" is everything the dashboard asks
 * for at once (dashboardFigures: coaching, ratings, volunteers, dossiers), for the whole year in
 * months. Measured: 200 loads of random wards (what an officer opens), 200 of random access
 * points (a manager), and 20 of the whole city (an administrator), after 10 warm-up loads.
 *
 * Run: npx tsx bench/dashboard.bench.ts   (DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test)
 * Prints: BENCH dashboard_city_p95_ms … (ward loads, the target ≤ 200 ms), dashboard_all_p95_ms
 * (the whole city, from the daily totals the triggers keep; target ≤ 300 ms), and for information
 * dashboard_point_p95_ms, dashboard_generate_s (the triggers run during the bulk inserts).
 */
import { sql } from 'drizzle-orm';
import { dashboardFigures } from '../src/lib/server/dashboard/dashboard';
import type { DashboardPeriod, DashboardScope } from '../src/lib/server/dashboard/scope';
import { openTestDatabase } from '$testing/server/database';
import { city, generateCity, wardCode } from './support/city-data';
import { median, percentile } from './support/stats';

const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const period: DashboardPeriod = {
	from: `${city.year}-01-01`,
	to: `${city.year}-12-31`,
	bucket: 'month'
};
const now = new Date(`${city.year}-12-31T03:00:00Z`);

const p95 = (ms: number[]) => percentile(ms, 95);

let handle: Awaited<ReturnType<typeof openTestDatabase>>;
try {
	handle = await openTestDatabase(url);
} catch (error) {
	console.log(`dashboard skipped: no PostgreSQL at ${url} (${(error as Error).message})`);
	process.exit(0);
}

try {
	const started = performance.now();
	await generateCity(handle.db);
	const generated = (performance.now() - started) / 1000;
	const points = (await handle.db.execute(sql`select id from access_points`)) as unknown as {
		id: string;
	}[];
	const pointIds = (
		Array.isArray(points) ? points : (points as { rows: { id: string }[] }).rows
	).map((r) => r.id);
	let seed = 42;
	const random = (n: number) => {
		seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
		return seed % n;
	};
	const time = async (scope: DashboardScope) => {
		const t = performance.now();
		await dashboardFigures(handle.db, scope, period, now);
		return performance.now() - t;
	};
	const ward = (): DashboardScope => ({
		kind: 'ward',
		communeCode: wardCode(1 + random(city.wards))
	});
	const point = (): DashboardScope => ({
		kind: 'point',
		accessPointId: pointIds[random(pointIds.length)]!
	});
	for (let i = 0; i < 10; i++) await time(ward());
	const wards: number[] = [];
	for (let i = 0; i < 200; i++) wards.push(await time(ward()));
	const pointsMs: number[] = [];
	for (let i = 0; i < 200; i++) pointsMs.push(await time(point()));
	const all: number[] = [];
	for (let i = 0; i < 20; i++) all.push(await time({ kind: 'all' }));

	console.log(`dashboard ward loads: median ${median(wards).toFixed(1)} ms`);
	console.log(`BENCH dashboard_city_p95_ms ${p95(wards).toFixed(1)} ms`);
	console.log(`BENCH dashboard_point_p95_ms ${p95(pointsMs).toFixed(1)} ms`);
	console.log(`BENCH dashboard_all_p95_ms ${p95(all).toFixed(1)} ms`);
	console.log(`BENCH dashboard_generate_s ${generated.toFixed(1)} s`);
} finally {
	await handle.dispose();
}
