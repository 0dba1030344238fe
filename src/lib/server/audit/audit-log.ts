import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { auditLog, users } from '../db/schema';
import type { AuditItem } from '../officer/types';

type AuditDetails = Record<string, string | number | boolean | null>;

/**
 * One audit row: who, what, which dossier. `details` carries ids, actions, methods and counts
 * only; never answers, names, phone numbers or reasons typed by an officer (they may quote
 * the citizen).
 */
export async function writeAudit(
	db: Database,
	entry: {
		actorUserId: string | null;
		action: string;
		subject: string;
		details?: AuditDetails;
		at: Date;
	}
): Promise<void> {
	await db.insert(auditLog).values({
		actorUserId: entry.actorUserId,
		action: entry.action,
		subject: entry.subject,
		details: entry.details ?? null,
		at: entry.at
	});
}

/** The account a row is about (an unlock, a lock), named as the accounts page names it. */
const subjectUsers = alias(users, 'subject_user');

/** The audit log newest first, a page at a time (`beforeId` is the last id of the page before). */
export async function listAudit(
	db: Database,
	input: { limit: number; beforeId?: number }
): Promise<{ items: AuditItem[] }> {
	const items = await db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			actorName: users.displayName,
			action: auditLog.action,
			subject: auditLog.subject,
			subjectName: subjectUsers.displayName,
			details: auditLog.details
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.actorUserId))
		.leftJoin(subjectUsers, eq(sql`${subjectUsers.id}::text`, auditLog.subject))
		.where(and(input.beforeId === undefined ? undefined : lt(auditLog.id, input.beforeId)))
		.orderBy(desc(auditLog.id))
		.limit(input.limit);
	return { items };
}
