import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { apologyRequired } from '$lib/domain/dossier/apology';
import { isOverdue } from '$lib/domain/dossier/overdue';
import { allowedActions } from '$lib/domain/dossier/status-machine';
import type { Answers } from '$lib/domain/procedures/answers';
import type { Database } from '../db/client';
import {
	dossierApologies,
	dossierAssignments,
	dossierAttachments,
	dossierEvents,
	dossierExtensions,
	dossierSupplementRequests,
	users
} from '../db/schema';
import { extensionAllowanceOf } from './extension-allowance';
import type { DossierRow } from './load';
import type { OfficerDossierView, StaffRef } from './types';

const fromUser = alias(users, 'from_user');
const toUser = alias(users, 'to_user');
const byUser = alias(users, 'by_user');

const staffRef = (id: string | null, displayName: string | null): StaffRef | null =>
	id && displayName !== null ? { id, displayName } : null;

async function assigneeOf(db: Database, id: string | null): Promise<StaffRef | null> {
	if (!id) return null;
	const [row] = await db
		.select({ id: users.id, displayName: users.displayName })
		.from(users)
		.where(eq(users.id, id))
		.limit(1);
	return row ?? null;
}

/** Everything the officer's dossier page shows, read in a handful of queries. */
export async function officerDossierView(
	db: Database,
	row: DossierRow,
	today: string
): Promise<OfficerDossierView> {
	const id = row.id;
	const [
		attachments,
		events,
		apologies,
		supplementRequests,
		assignments,
		assignee,
		extensions,
		verificationExtension
	] = await Promise.all([
		db
			.select({
				stepId: dossierAttachments.stepId,
				fieldId: dossierAttachments.fieldId,
				fileName: dossierAttachments.fileName,
				mimeType: dossierAttachments.mimeType,
				sizeBytes: dossierAttachments.sizeBytes,
				sha256: dossierAttachments.sha256
			})
			.from(dossierAttachments)
			.where(eq(dossierAttachments.dossierId, id))
			.orderBy(
				asc(dossierAttachments.stepId),
				asc(dossierAttachments.fieldId),
				asc(dossierAttachments.position)
			),
		db
			.select({
				at: dossierEvents.at,
				status: dossierEvents.status,
				action: dossierEvents.action,
				actorName: users.displayName,
				note: dossierEvents.note,
				details: dossierEvents.details
			})
			.from(dossierEvents)
			.leftJoin(users, eq(users.id, dossierEvents.actorUserId))
			.where(eq(dossierEvents.dossierId, id))
			.orderBy(asc(dossierEvents.id)),
		db
			.select({
				at: dossierApologies.at,
				reason: dossierApologies.reason,
				oldDate: dossierApologies.oldDate,
				newDate: dossierApologies.newDate,
				officerName: users.displayName
			})
			.from(dossierApologies)
			.leftJoin(users, eq(users.id, dossierApologies.officerId))
			.where(eq(dossierApologies.dossierId, id))
			.orderBy(asc(dossierApologies.id)),
		db
			.select({
				at: dossierSupplementRequests.requestedAt,
				reasons: dossierSupplementRequests.reasons,
				otherReason: dossierSupplementRequests.otherReason,
				fulfilledAt: dossierSupplementRequests.fulfilledAt
			})
			.from(dossierSupplementRequests)
			.where(eq(dossierSupplementRequests.dossierId, id))
			.orderBy(asc(dossierSupplementRequests.id)),
		db
			.select({
				at: dossierAssignments.at,
				fromId: fromUser.id,
				fromName: fromUser.displayName,
				toId: toUser.id,
				toName: toUser.displayName,
				byName: byUser.displayName,
				note: dossierAssignments.note
			})
			.from(dossierAssignments)
			.leftJoin(fromUser, eq(fromUser.id, dossierAssignments.fromUserId))
			.leftJoin(toUser, eq(toUser.id, dossierAssignments.toUserId))
			.leftJoin(byUser, eq(byUser.id, dossierAssignments.byUserId))
			.where(eq(dossierAssignments.dossierId, id))
			.orderBy(asc(dossierAssignments.id)),
		assigneeOf(db, row.assigneeId),
		db
			.select({
				at: dossierExtensions.at,
				reason: dossierExtensions.reason,
				workingDays: dossierExtensions.workingDays,
				oldDate: dossierExtensions.oldDate,
				newDate: dossierExtensions.newDate,
				officerName: users.displayName
			})
			.from(dossierExtensions)
			.leftJoin(users, eq(users.id, dossierExtensions.officerId))
			.where(eq(dossierExtensions.dossierId, id))
			.orderBy(asc(dossierExtensions.id)),
		extensionAllowanceOf(db, row)
	]);
	const late = isOverdue(row, today);
	return {
		code: row.code,
		procedureId: row.procedureId,
		procedureVersion: row.procedureVersion,
		status: row.status,
		overdue: late,
		apologyRequired: apologyRequired(row, today),
		receivedAt: row.receivedAt,
		dueDate: row.dueDate,
		originalDueDate: row.originalDueDate ?? row.dueDate,
		answers: row.answers as Answers,
		attachments,
		events,
		apologies,
		extensions,
		verificationExtension,
		// A withdrawal closes its request at the very time of its event, in one transaction.
		supplementRequests: supplementRequests.map((request) => ({
			...request,
			withdrawn: events.some(
				(e) =>
					e.action === 'withdraw_supplement' &&
					request.fulfilledAt !== null &&
					e.at.getTime() === request.fulfilledAt.getTime()
			)
		})),
		assignments: assignments.map((a) => ({
			at: a.at,
			from: staffRef(a.fromId, a.fromName),
			to: staffRef(a.toId, a.toName),
			byName: a.byName,
			note: a.note
		})),
		assignee,
		// A late dossier takes the apology first: no other action until then.
		allowedActions: late ? [] : allowedActions(row.status),
		resultDelivery: row.resultDelivery ?? null
	};
}
