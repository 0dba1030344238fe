import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '$lib/server/db/client';
import { seedProcedures } from '$lib/server/procedures/seed-procedures';
import { readShippedDocuments } from '../procedures/catalogue';

/**
 * A fresh, migrated database for one test file: PGlite in a temporary folder, or — when
 * DATABASE_URL is set (CI) — a new PostgreSQL database created beside the one in the URL and
 * dropped afterwards, so test files never see each other's rows. Benchmarks pass the URL (or ''
 * for PGlite) to choose. Like a fresh server, it holds the shipped procedures (unless
 * `procedures: false`).
 */
export async function openTestDatabase(
	baseUrl: string | undefined = process.env.DATABASE_URL,
	options: { procedures?: boolean } = {}
): Promise<DatabaseHandle & { dispose(): Promise<void> }> {
	const handle = await openMigrated(baseUrl);
	if (options.procedures !== false) await seedProcedures(handle.db, readShippedDocuments());
	return handle;
}

async function openMigrated(
	baseUrl: string | undefined
): Promise<DatabaseHandle & { dispose(): Promise<void> }> {
	if (baseUrl) {
		const name = `cunglam_test_${randomBytes(6).toString('hex')}`;
		const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}`);
		const url = new URL(baseUrl);
		url.pathname = `/${name}`;
		const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: '' });
		await handle.migrate();
		return {
			...handle,
			async dispose() {
				await handle.close();
				await admin.unsafe(`drop database if exists ${name} with (force)`);
				await admin.end();
			}
		};
	}
	const dir = mkdtempSync(path.join(tmpdir(), 'cunglam-db-'));
	const handle = await openDatabase({ dataDir: dir });
	await handle.migrate();
	return {
		...handle,
		async dispose() {
			await handle.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
