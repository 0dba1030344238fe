import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
/** Both drivers share the PostgreSQL dialect; code above this module sees only this type. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export type DatabaseHandle = {
	db: Database;
	kind: DatabaseKind;
	migrate(): Promise<void>;
	close(): Promise<void>;
};

export type DatabaseConfig = { databaseUrl?: string; dataDir: string; migrationsFolder?: string };

export function databaseConfigFromEnv(env: Record<string, string | undefined>): DatabaseConfig {
	return {
		databaseUrl: env.DATABASE_URL || undefined,
		dataDir: path.resolve(env.DATA_DIR || './data')
	};
}

/** Opens PGlite in `dataDir`, or PostgreSQL when a URL is given. Does not migrate. */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
	// Drizzle's migrator reads the folder relative to the working directory (STACK.md trap 11).
	const migrationsFolder = config.migrationsFolder ?? path.resolve('drizzle');
	if (config.databaseUrl) {
		const client = postgres(config.databaseUrl, { max: 10, onnotice: () => {} });
		const db = drizzlePostgres(client, { schema });
		return {
			db: db as unknown as Database,
			kind: 'postgresql',
			migrate: () => migratePostgres(db, { migrationsFolder }),
			close: () => client.end({ timeout: 5 })
		};
	}
	// PGlite does not create parent folders (STACK.md trap 4).
	mkdirSync(config.dataDir, { recursive: true });
	const client = await PGlite.create(config.dataDir);
	const db = drizzlePglite(client, { schema });
	return {
		db: db as unknown as Database,
		kind: 'pglite',
		migrate: () => migratePglite(db, { migrationsFolder }),
		close: () => client.close()
	};
}

/**
 * Rows of a raw SQL statement, whichever the driver: postgres-js answers with an array, PGlite
 * with `{ rows }`. Values come as the driver parses them: cast in SQL (`::int`, `encode(…)`).
 */
export async function queryRows<T extends Record<string, unknown>>(
	db: Database,
	query: SQL
): Promise<T[]> {
	const result = await db.execute<T>(query);
	return Array.isArray(result) ? (result as T[]) : (result as unknown as { rows: T[] }).rows;
}

/** How many migrations have been applied; reported by `system.health`. */
export async function migrationLevel(db: Database): Promise<number> {
	const rows = await queryRows<{ n: number }>(
		db,
		sql`select count(*)::int as n from drizzle.__drizzle_migrations`
	);
	return Number(rows[0]?.n ?? 0);
}
