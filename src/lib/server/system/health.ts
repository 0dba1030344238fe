import { migrationLevel, type Database, type DatabaseKind } from '../db/client';

/** Liveness plus what an operator needs first: which database, which schema level. */
export async function systemHealth(db: Database, database: DatabaseKind, now: Date) {
	return {
		status: 'ok' as const,
		database,
		migrations: await migrationLevel(db),
		time: now.toISOString()
	};
}
