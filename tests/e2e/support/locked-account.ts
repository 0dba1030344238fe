import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../../src/lib/server/db/client';
import { users } from '../../../src/lib/server/db/schema';
import { seedDemoData } from '../../../src/lib/server/db/seed';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * Migrates and seeds a PGlite folder as the server would (createAppServer's seed password),
 * then leaves the login rows as guesses from many addresses would have: `locked` at the lock
 * (100 wrong passwords in a row, the last long enough ago that no wait is left), `waiting`
 * in the middle of its growing wait. No product code path sets these but the login itself.
 */
export async function prepareLoginLocks(
	dataDir: string,
	accounts: { locked: string; waiting: string }
): Promise<void> {
	const handle = await openDatabase({ dataDir, migrationsFolder: path.join(root, 'drizzle') });
	try {
		await handle.migrate();
		await seedDemoData(handle.db, 'own-server');
		const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
		await handle.db
			.update(users)
			.set({ failedLogins: 100, lastFailedLoginAt: hourAgo, lockedAt: hourAgo })
			.where(eq(users.username, accounts.locked));
		// 14 in a row: an 8-minute wait from now, long past the server's start.
		await handle.db
			.update(users)
			.set({ failedLogins: 14, lastFailedLoginAt: new Date() })
			.where(eq(users.username, accounts.waiting));
	} finally {
		await handle.close();
	}
}
