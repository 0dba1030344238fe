import { and, asc, count, eq, ilike, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import type { Database } from '../db/client';
import { dossiers, users } from '../db/schema';
import type { InboxInput } from './inputs';
import { inScope, wardScopeOf, type WardScope } from './scope';
import type { InboxPage } from './types';

/** Where the office still owes the result (overdue.ts's rule, as SQL). */
const clockRunning = inArray(dossiers.status, ['received', 'processing']);

const overdueSql = (today: string): SQL => and(clockRunning, lt(dossiers.dueDate, today))!;

/** `%` and `_` typed into the code box are characters, not wildcards. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filters(input: InboxInput, user: SessionUser, today: string): (SQL | undefined)[] {
	const code = input.code?.replace(/\s+/g, '').toUpperCase();
	return [
		input.status === 'overdue'
			? overdueSql(today)
			: input.status
				? eq(dossiers.status, input.status)
				: undefined,
		input.procedureId ? eq(dossiers.procedureId, input.procedureId) : undefined,
		code ? ilike(dossiers.code, `%${likeEscaped(code)}%`) : undefined,
		input.assignedToMe ? eq(dossiers.assigneeId, user.id) : undefined
	];
}

/**
 * The officer's inbox: overdue dossiers first, then by due date. Codes, procedures, dates and
 * the assignee only: reading the list is not reading anyone's personal data.
 */
export async function officerInbox(
	db: Database,
	scope: WardScope,
	user: SessionUser,
	input: InboxInput,
	today: string
): Promise<InboxPage> {
	const where = inScope(scope, ...filters(input, user, today));
	const overdue = sql<boolean>`(${overdueSql(today)})`;
	const [rows, [totalRow]] = await Promise.all([
		db
			.select({
				code: dossiers.code,
				procedureId: dossiers.procedureId,
				procedureVersion: dossiers.procedureVersion,
				status: dossiers.status,
				overdue,
				receivedAt: dossiers.receivedAt,
				dueDate: dossiers.dueDate,
				assigneeId: users.id,
				assigneeName: users.displayName
			})
			.from(dossiers)
			.leftJoin(users, eq(users.id, dossiers.assigneeId))
			.where(where)
			.orderBy(sql`${overdue} desc`, asc(dossiers.dueDate), asc(dossiers.code))
			.limit(input.limit)
			.offset(input.offset),
		db.select({ n: count() }).from(dossiers).where(where)
	]);
	return {
		items: rows.map(({ assigneeId, assigneeName, ...item }) => ({
			...item,
			overdue: Boolean(item.overdue),
			assignee:
				assigneeId && assigneeName !== null ? { id: assigneeId, displayName: assigneeName } : null
		})),
		total: totalRow?.n ?? 0
	};
}

/** `officer.inbox`: the caller's ward (every ward for an administrator), then its inbox. */
export async function inboxFor(
	db: Database,
	user: SessionUser,
	input: InboxInput,
	today: string
): Promise<InboxPage> {
	return officerInbox(db, await wardScopeOf(db, user), user, input, today);
}
