import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { apologyRequired } from '$lib/domain/dossier/apology';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { accessPoints, dossierAssignments, dossiers, users } from '../db/schema';
import { officerChange, type OfficerActor } from './change';
import type { AssignInput } from './inputs';
import type { WardScope } from './scope';
import { wardScopeOf } from './scope';
import type { OfficerDossierView, StaffRef } from './types';

/** Active officers of a ward (every ward for the administrator's scope), by name. */
async function officersOf(db: Database, scope: WardScope, userId?: string): Promise<StaffRef[]> {
	return db
		.select({ id: users.id, displayName: users.displayName })
		.from(users)
		.innerJoin(accessPoints, eq(accessPoints.id, users.accessPointId))
		.where(
			and(
				inArray(users.role, ['officer']),
				isNull(users.disabledAt),
				scope.kind === 'ward' ? eq(accessPoints.communeCode, scope.wardCode) : undefined,
				userId ? eq(users.id, userId) : undefined
			)
		)
		.orderBy(asc(users.displayName));
}

export async function colleagues(actor: OfficerActor): Promise<StaffRef[]> {
	return officersOf(actor.db, await wardScopeOf(actor.db, actor.user));
}

/**
 * Hands the dossier to an officer of its own ward and records the hand-over (form 06: from,
 * to, when, note). A late dossier is apologised for first, like every other action.
 */
export function assignDossier(
	actor: OfficerActor,
	input: AssignInput
): Promise<OfficerDossierView> {
	return officerChange(actor, input.code, async ({ tx, row, user, now, today }) => {
		if (apologyRequired(row, today)) throw new AppError('apology_required');
		const [target] = await officersOf(
			tx,
			{ kind: 'ward', wardCode: row.wardCode },
			input.officerId
		);
		if (!target) throw new AppError('invalid_input');
		await tx.insert(dossierAssignments).values({
			dossierId: row.id,
			at: now,
			fromUserId: row.assigneeId,
			toUserId: target.id,
			byUserId: user.id,
			note: input.note?.trim() || null
		});
		await tx.update(dossiers).set({ assigneeId: target.id }).where(eq(dossiers.id, row.id));
		return {
			event: {
				status: row.status,
				action: 'assign',
				note: input.note?.trim() || null,
				details: { assigneeName: target.displayName }
			},
			audit: { action: 'officer.assign', details: { assigneeId: target.id } }
		};
	});
}
