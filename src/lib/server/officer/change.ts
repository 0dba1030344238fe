import { todayInVietnam } from '$lib/domain/validation/dates';
import type { SessionUser } from '../auth/session';
import type { Database } from '../db/client';
import { dossierEvents } from '../db/schema';
import type { DossierEventAction } from '$lib/domain/dossier/status-machine';
import type { DossierStatus } from '$lib/domain/dossier/status';
import { writeAudit } from '../audit/audit-log';
import { enqueueNotifications } from '../notifications/enqueue';
import { findDossier, type DossierRow } from './load';
import { wardScopeOf } from './scope';
import type { OfficerDossierView } from './types';
import { officerDossierView } from './view';

export type OfficerActor = { db: Database; user: SessionUser; now: Date };

export type ChangeContext = {
	tx: Database;
	row: DossierRow;
	user: SessionUser;
	now: Date;
	today: string;
};

/** What a change records: its timeline event and the audit row's details (no personal data). */
export type ChangeOutcome = {
	event: {
		status: DossierStatus;
		action: DossierEventAction;
		note?: string | null;
		details?: Record<string, unknown> | null;
	};
	audit: { action: string; details: Record<string, string | number | boolean | null> };
};

/**
 * One officer change in one transaction: the dossier is found in the officer's ward and
 * locked, `apply` checks and writes, then the timeline event, its notifications and the audit
 * row follow, and the page is read back as it now is. A refusal (an AppError) leaves nothing behind.
 */
export async function officerChange(
	actor: OfficerActor,
	code: string,
	apply: (ctx: ChangeContext) => Promise<ChangeOutcome>
): Promise<OfficerDossierView> {
	const { db, user, now } = actor;
	const scope = await wardScopeOf(db, user);
	const today = todayInVietnam(now);
	return db.transaction(async (tx) => {
		const row = await findDossier(tx, scope, code, true);
		const { event, audit } = await apply({ tx, row, user, now, today });
		const [written] = await tx
			.insert(dossierEvents)
			.values({
				dossierId: row.id,
				at: now,
				status: event.status,
				action: event.action,
				actorUserId: user.id,
				note: event.note ?? null,
				details: event.details ?? null
			})
			.returning({ id: dossierEvents.id });
		// The citizen's messages commit with the change or not at all (issue 20's outbox).
		await enqueueNotifications(tx, {
			dossierId: row.id,
			eventId: written!.id,
			action: event.action,
			at: now
		});
		await writeAudit(tx, {
			actorUserId: user.id,
			action: audit.action,
			subject: row.code,
			details: audit.details,
			at: now
		});
		const updated = await findDossier(tx, scope, code);
		return officerDossierView(tx, updated, today);
	});
}

/** The audited read of a dossier's page: personal data, so every view leaves a row. */
export async function viewDossier(actor: OfficerActor, code: string): Promise<OfficerDossierView> {
	const { db, user, now } = actor;
	const scope = await wardScopeOf(db, user);
	const row = await findDossier(db, scope, code);
	await writeAudit(db, {
		actorUserId: user.id,
		action: 'officer.dossier',
		subject: row.code,
		at: now
	});
	return officerDossierView(db, row, todayInVietnam(now));
}
