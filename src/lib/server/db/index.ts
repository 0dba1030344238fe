import { env } from '$env/dynamic/private';
import { databaseConfigFromEnv, openDatabase, type DatabaseHandle } from './client';
import { seedProvinces } from '../units/import-units';
import { seedUnits } from '../units/seed-units';
import { formatSeededAccounts, seedDemoData } from './seed';
import { announceAtStartup } from '../startup/startup-notices';
import { seedProcedures } from '../procedures/seed-procedures';
import { shippedDocuments } from '../procedures/shipped-documents';

let handle: Promise<DatabaseHandle> | undefined;

/**
 * The app's one database, opened, migrated and seeded on first use. Opened lazily so that
 * `vite build` never starts PGlite (STACK.md trap 3).
 */
export function getDatabase(): Promise<DatabaseHandle> {
	handle ??= (async () => {
		const h = await openDatabase(databaseConfigFromEnv(env));
		await h.migrate();
		await seedProvinces(h.db);
		await seedUnits(h.db);
		const seeded = await seedDemoData(h.db, env.SEED_PASSWORD);
		if (seeded.length > 0) {
			announceAtStartup({ kind: 'accounts', text: formatSeededAccounts(seeded) });
		}
		await seedProcedures(h.db, shippedDocuments());
		return h;
	})();
	return handle;
}

export async function closeDatabase(): Promise<void> {
	const h = handle;
	handle = undefined;
	if (h) await (await h).close();
}
