/**
 * What one server spec file pays for its database: migrating a new one and seeding the shipped
 * procedures (as every file did), against a copy of the template (src/testing/server/database.ts).
 * PGlite always; PostgreSQL too with DATABASE_URL. Three rounds each, the median printed.
 *
 * Run: npx tsx bench/test-database.bench.ts
 * Prints: BENCH test_db_fresh_pglite_ms … / BENCH test_db_copy_pglite_ms … (and _postgres_).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase } from '../src/lib/server/db/client';
import { seedProcedures } from '../src/lib/server/procedures/seed-procedures';
import { readShippedDocuments } from '../src/testing/procedures/catalogue';
import { openTestDatabase } from '../src/testing/server/database';

const rounds = 3;
const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(run: () => Promise<void>): Promise<number> {
	const start = performance.now();
	await run();
	return performance.now() - start;
}

async function freshPglite(): Promise<void> {
	const dir = mkdtempSync(path.join(tmpdir(), 'cunglam-bench-db-'));
	const handle = await openDatabase({ dataDir: dir });
	await handle.migrate();
	await seedProcedures(handle.db, readShippedDocuments());
	await handle.close();
	rmSync(dir, { recursive: true, force: true });
}

async function freshPostgres(baseUrl: string): Promise<void> {
	const name = `cunglam_bench_${randomBytes(6).toString('hex')}`;
	const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const url = new URL(baseUrl);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
	await handle.migrate();
	await seedProcedures(handle.db, readShippedDocuments());
	await handle.close();
	await admin.unsafe(`drop database ${name} with (force)`);
	await admin.end();
}

async function copied(baseUrl: string): Promise<void> {
	const handle = await openTestDatabase(baseUrl);
	await handle.dispose();
}

async function measure(kind: string, fresh: () => Promise<void>, copy: () => Promise<void>) {
	await copy(); // builds the template when this run has none yet
	const freshMs: number[] = [];
	const copyMs: number[] = [];
	for (let i = 0; i < rounds; i++) {
		freshMs.push(await timed(fresh));
		copyMs.push(await timed(copy));
	}
	console.log(`BENCH test_db_fresh_${kind}_ms ${median(freshMs).toFixed(0)} ms`);
	console.log(`BENCH test_db_copy_${kind}_ms ${median(copyMs).toFixed(0)} ms`);
}

await measure('pglite', freshPglite, () => copied(''));
const url = process.env.DATABASE_URL;
if (url)
	await measure(
		'postgres',
		() => freshPostgres(url),
		() => copied(url)
	);
else console.log('PostgreSQL skipped: set DATABASE_URL to measure it too.');
