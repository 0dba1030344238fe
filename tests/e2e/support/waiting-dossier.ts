import path from 'node:path';
import { defaultDaysOff } from '../../../src/lib/domain/calendar/holidays';
import { addDays, type IsoDate } from '../../../src/lib/domain/calendar/iso-date';
import {
	addWorkingDays,
	createWorkingCalendar
} from '../../../src/lib/domain/calendar/working-days';
import { resumedDueDate } from '../../../src/lib/domain/dossier/clock-pause';
import type { ProcedureDefinition } from '../../../src/lib/domain/procedures/procedure.schema';
import { todayInVietnam } from '../../../src/lib/domain/validation/dates';
import { openDatabase } from '../../../src/lib/server/db/client';
import {
	dossierEvents,
	dossierSupplementRequests,
	dossiers
} from '../../../src/lib/server/db/schema';
import { seedDemoData } from '../../../src/lib/server/db/seed';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * Migrates and seeds a PGlite folder as the server would (createAppServer's seed password),
 * then files one dossier of the demo ward that has waited for papers since ten days ago, due
 * five working days after that request. Returns its due date now and the one expected once the
 * clock resumes today (later by the working days paused, on the default calendar).
 */
export async function prepareWaitingDossier(
	dataDir: string,
	input: { code: string; definition: ProcedureDefinition }
): Promise<{ dueDate: IsoDate; resumedDueDate: IsoDate }> {
	const handle = await openDatabase({ dataDir, migrationsFolder: path.join(root, 'drizzle') });
	try {
		await handle.migrate();
		await seedDemoData(handle.db, 'own-server');
		const today = todayInVietnam(new Date());
		const year = Number(today.slice(0, 4));
		const calendar = createWorkingCalendar([
			...defaultDaysOff(year - 1),
			...defaultDaysOff(year),
			...defaultDaysOff(year + 1)
		]);
		const pausedOn = addDays(today, -10);
		const pausedAt = new Date(`${pausedOn}T10:00:00+07:00`);
		const receivedAt = new Date(pausedAt.getTime() - 86_400_000);
		const dueDate = addWorkingDays(pausedOn, 5, calendar);
		const [row] = await handle.db
			.insert(dossiers)
			.values({
				code: input.code,
				procedureId: input.definition.id,
				procedureVersion: input.definition.version,
				answers: input.definition.sampleCase ?? {},
				clientId: 'e2e-waiting-dossier',
				clientReference: 'CG-000000-WAIT0',
				receivedAt,
				dueDate,
				status: 'needs_supplement',
				pausedAt
			})
			.returning({ id: dossiers.id });
		await handle.db.insert(dossierEvents).values([
			{ dossierId: row!.id, at: receivedAt, status: 'received', action: 'receive' },
			{ dossierId: row!.id, at: receivedAt, status: 'processing', action: 'accept' },
			{ dossierId: row!.id, at: pausedAt, status: 'needs_supplement', action: 'request_supplement' }
		]);
		await handle.db.insert(dossierSupplementRequests).values({
			dossierId: row!.id,
			reasons: [{ label: 'Bản chính giấy khai sinh' }],
			requestedAt: pausedAt
		});
		const resumed = resumedDueDate({ dueDate, pausedOn, resumedOn: today, calendar });
		return { dueDate, resumedDueDate: resumed.dueDate };
	} finally {
		await handle.close();
	}
}
