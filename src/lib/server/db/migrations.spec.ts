import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '$testing/server/database';
import { migrationLevel } from './client';

const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
	entries: unknown[];
};

describe('migrations on a fresh database', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
	});
	afterAll(() => handle.dispose());

	it('applies every committed migration', async () => {
		expect(await migrationLevel(handle.db)).toBe(journal.entries.length);
	});

	it('creates the first schema', async () => {
		const result = await handle.db.execute<{ table_name: string }>(
			sql`select table_name from information_schema.tables where table_schema = 'public'`
		);
		const rows = Array.isArray(result)
			? result
			: (result as unknown as { rows: { table_name: string }[] }).rows;
		const names = rows.map((r) => r.table_name);
		expect(names).toEqual(
			expect.arrayContaining(['access_points', 'users', 'sessions', 'audit_log'])
		);
	});

	it('is a no-op when run again', async () => {
		await handle.migrate();
		expect(await migrationLevel(handle.db)).toBe(journal.entries.length);
	});
});
