import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../../src/lib/server/db/client';
import { accessPoints } from '../../../src/lib/server/db/schema';
import { seedDemoData } from '../../../src/lib/server/db/seed';
import { insertApology, insertDossierRow } from '../../../src/testing/server/dashboard';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * A server's data folder with ten dossiers of the demo ward in March 2003, as accept and the
 * officer's actions leave them: 2 from home, 5 alone at the demo access point, 3 with a volunteer;
 * 8 with results, 7 of them by the date first promised; one waiting past its due date and one
 * paused for the citizen's papers; one apology.
 */
export async function prepareDashboardDossiers(dataDir: string): Promise<void> {
	const handle = await openDatabase({ dataDir, migrationsFolder: path.join(root, 'drizzle') });
	try {
		await handle.migrate();
		await seedDemoData(handle.db, 'own-server');
		const [point] = await handle.db
			.select({ id: accessPoints.id })
			.from(accessPoints)
			.where(eq(accessPoints.communeCode, '00004'))
			.limit(1);
		const channels = [
			...Array<'home'>(2).fill('home'),
			...Array<'point_alone'>(5).fill('point_alone'),
			...Array<'point_volunteer'>(3).fill('point_volunteer')
		];
		for (const [i, channel] of channels.entries()) {
			const day = String(3 + i).padStart(2, '0');
			const decided = i < 8;
			const late = i === 7;
			const id = await insertDossierRow(handle.db, {
				receivedAt: `2003-03-${day}T02:00:00Z`,
				dueDate: `2003-03-${String(10 + i).padStart(2, '0')}`,
				status: decided ? 'delivered' : i === 8 ? 'processing' : 'needs_supplement',
				wardCode: '00004',
				accessPointId: channel === 'home' ? undefined : point!.id,
				channel,
				resultAt: decided
					? `2003-03-${String(late ? 20 + i : 5 + i).padStart(2, '0')}T02:00:00Z`
					: undefined
			});
			if (late)
				await insertApology(handle.db, id, `2003-03-${String(18 + i).padStart(2, '0')}T02:00:00Z`);
		}
	} finally {
		await handle.close();
	}
}
