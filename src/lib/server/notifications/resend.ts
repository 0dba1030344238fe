import { and, eq, inArray, isNull } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { SessionUser } from '../auth/session';
import type { Database } from '../db/client';
import { dossierContactConsents, dossiers, notifications } from '../db/schema';
import { writeAudit } from '../audit/audit-log';
import { inScope, wardScopeOf } from '../officer/scope';

/** A message given up on, or one the citizen says never arrived, may be sent again. */
const resendable = ['dead', 'sent'] as const;

/**
 * "Gửi lại": the message goes back to pending, due now, its attempts kept (the count and the log
 * show it was tried before). Only while the citizen's consent for the channel stands: a withdrawn
 * consent is never overridden by staff. The audit line names the dossier, channel and event.
 */
export async function resendNotification(
	db: Database,
	user: SessionUser,
	id: number,
	now: Date = new Date()
): Promise<{ id: number; state: 'pending' }> {
	const scope = await wardScopeOf(db, user);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.select({
				id: notifications.id,
				state: notifications.state,
				event: notifications.event,
				channel: notifications.channel,
				dossierId: notifications.dossierId,
				code: dossiers.code
			})
			.from(notifications)
			.innerJoin(dossiers, eq(dossiers.id, notifications.dossierId))
			.where(inScope(scope, eq(notifications.id, id)))
			.limit(1)
			.for('update', { of: notifications });
		if (!row) throw new AppError('not_found');
		if (!(resendable as readonly string[]).includes(row.state)) {
			throw new AppError('illegal_transition');
		}
		const [consent] = await tx
			.select({ channel: dossierContactConsents.channel })
			.from(dossierContactConsents)
			.where(
				and(
					eq(dossierContactConsents.dossierId, row.dossierId),
					eq(dossierContactConsents.channel, row.channel),
					isNull(dossierContactConsents.withdrawnAt)
				)
			)
			.limit(1);
		if (!consent) throw new AppError('illegal_transition');
		await tx
			.update(notifications)
			.set({
				state: 'pending',
				nextAttemptAt: now,
				claimedBy: null,
				leaseUntil: null,
				sentAt: null
			})
			.where(and(eq(notifications.id, id), inArray(notifications.state, [...resendable])));
		await writeAudit(tx, {
			actorUserId: user.id,
			action: 'notification.resend',
			subject: row.code,
			details: { notificationId: row.id, event: row.event, channel: row.channel, was: row.state },
			at: now
		});
		return { id: row.id, state: 'pending' as const };
	});
}
