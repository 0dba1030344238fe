import path from 'node:path';
import { defaultDaysOff } from '../../../src/lib/domain/calendar/holidays';
import { addDays, type IsoDate } from '../../../src/lib/domain/calendar/iso-date';
import {
	addWorkingDays,
	createWorkingCalendar
} from '../../../src/lib/domain/calendar/working-days';
import type { ProcedureDefinition } from '../../../src/lib/domain/procedures/procedure.schema';
import { todayInVietnam } from '../../../src/lib/domain/validation/dates';
import { openDatabase } from '../../../src/lib/server/db/client';
import { dossierEvents, dossiers } from '../../../src/lib/server/db/schema';
import { seedDemoData } from '../../../src/lib/server/db/seed';

const root = path.resolve(import.meta.dirname, '../../..');

/** A few working days from today on the default calendar: a date an apology may promise. */
export function workingDaysFromToday(n: number): IsoDate {
	const today = todayInVietnam(new Date());
	const year = Number(today.slice(0, 4));
	const calendar = createWorkingCalendar([...defaultDaysOff(year), ...defaultDaysOff(year + 1)]);
	return addWorkingDays(today, n, calendar);
}

/**
 * Migrates and seeds a PGlite folder as the server would (same seed password as
 * createAppServer's), then files one dossier of the demo ward received weeks ago whose due
 * date has passed: the officer's first action on it must be the apology.
 */
export async function prepareLateDossier(
	dataDir: string,
	input: { code: string; definition: ProcedureDefinition }
): Promise<{ dueDate: IsoDate; receivedAt: Date }> {
	const handle = await openDatabase({
		dataDir,
		migrationsFolder: path.join(root, 'drizzle')
	});
	try {
		await handle.migrate();
		await seedDemoData(handle.db, 'own-server');
		const today = todayInVietnam(new Date());
		const receivedAt = new Date(Date.now() - 28 * 86_400_000);
		const dueDate = addDays(today, -14);
		const [row] = await handle.db
			.insert(dossiers)
			.values({
				code: input.code,
				procedureId: input.definition.id,
				procedureVersion: input.definition.version,
				answers: input.definition.sampleCase ?? {},
				clientId: 'e2e-late-dossier',
				clientReference: 'CG-000000-LATE0',
				receivedAt,
				dueDate,
				status: 'processing'
			})
			.returning({ id: dossiers.id });
		await handle.db.insert(dossierEvents).values([
			{ dossierId: row!.id, at: receivedAt, status: 'received', action: 'receive' },
			{ dossierId: row!.id, at: receivedAt, status: 'processing', action: 'accept' }
		]);
		return { dueDate, receivedAt };
	} finally {
		await handle.close();
	}
}
