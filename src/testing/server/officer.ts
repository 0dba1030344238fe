import { randomUUID } from 'node:crypto';
import { getProcedure } from '$testing/procedures/catalogue';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import type { SessionUser } from '$lib/server/auth/session';
import type { Database } from '$lib/server/db/client';
import { accessPoints, users, type Role } from '$lib/server/db/schema';
import { appSyncHandlers } from '$lib/server/sync/dossier-handlers';
import { applyPush } from '$lib/server/sync/push';
import { withUploadedAttachments } from './attachments';

/**
 * A dossier of the procedure's sample case (a birth registration, same-day limit, unless told)
 * accepted through the sync queue at `at`; its code.
 */
export async function submittedDossier(
	db: Database,
	at: Date,
	procedure = 'dang-ky-khai-sinh',
	/** More of the submission, e.g. the consent's `contact` (issue 20). */
	extra: Record<string, unknown> = {}
): Promise<string> {
	const definition = getProcedure(procedure)!;
	const checked = validateApplication(definition, definition.sampleCase, { today: '2026-11-20' });
	if (!checked.ok) throw new Error('sample case does not validate');
	const application = await withUploadedAttachments(db, checked.application);
	const pushed = await applyPush(
		db,
		appSyncHandlers,
		randomUUID(),
		[
			{
				id: 1,
				kind: 'dossier.submit',
				payload: { ...application, clientReference: 'L-1', ...extra }
			}
		],
		() => at
	);
	const [result] = pushed.results;
	if (!result?.ok) throw new Error(`dossier not accepted: ${JSON.stringify(result)}`);
	return (result.value as { code: string }).code;
}

const asSessionUser = (row: typeof users.$inferSelect): SessionUser => ({
	id: row.id,
	username: row.username,
	displayName: row.displayName,
	role: row.role,
	accessPointId: row.accessPointId
});

/** The seeded account of a role (seedDemoData), as a session user. */
export async function seededUser(db: Database, role: Role): Promise<SessionUser> {
	const row = (await db.select().from(users)).find((u) => u.role === role);
	if (!row) throw new Error(`no seeded ${role}`);
	return asSessionUser(row);
}

/** A staff account at a new access point in another ward (commune code). */
export async function staffElsewhere(
	db: Database,
	role: Role,
	communeCode: string,
	username: string
): Promise<SessionUser> {
	const [point] = await db
		.insert(accessPoints)
		.values({ name: `Điểm ${communeCode}`, provinceCode: '01', communeCode, street: 'Phố Huế' })
		.returning();
	const [row] = await db
		.insert(users)
		.values({
			username,
			displayName: `Cán bộ ${communeCode}`,
			role,
			passwordHash: 'not-a-hash',
			accessPointId: point!.id
		})
		.returning();
	return asSessionUser(row!);
}
