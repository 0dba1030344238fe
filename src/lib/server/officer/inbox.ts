import { and, asc, count, eq, gte, ilike, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import { addDays } from '$lib/domain/calendar/iso-date';
import { applicantName } from '$lib/domain/procedures/applicant-name';
import { applicantPhone } from '$lib/domain/procedures/applicant-phone';
import type { Answers } from '$lib/domain/procedures/answers';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { foldVietnamese } from '$lib/domain/text/normalize';
import { applicantQuery } from '$lib/domain/dossier/inbox-search';
import type { SessionUser } from '../auth/session';
import { writeAudit } from '../audit/audit-log';
import type { Database } from '../db/client';
import { dossiers, users } from '../db/schema';
import { publishedVersion } from '../procedures/procedure-store';
import type { InboxInput } from './inputs';
import { inScope, wardScopeOf, type WardScope } from './scope';
import type { InboxPage } from './types';

/** Where the office still owes the result (overdue.ts's rule, as SQL). */
const clockRunning = inArray(dossiers.status, ['received', 'processing']);

const overdueSql = (today: string): SQL => and(clockRunning, lt(dossiers.dueDate, today))!;

/** `%` and `_` typed into the code box are characters, not wildcards. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The last day of this week (Monday to Sunday), in Vietnam. */
function sundayOf(today: string): string {
	const weekday = new Date(`${today}T00:00:00Z`).getUTCDay(); // 0 = Sunday
	return addDays(today, (7 - weekday) % 7);
}

function dueFilter(due: InboxInput['due'], today: string): SQL | undefined {
	switch (due) {
		case 'overdue':
			return overdueSql(today);
		case 'today':
			return and(clockRunning, eq(dossiers.dueDate, today));
		case 'week':
			return and(
				clockRunning,
				gte(dossiers.dueDate, today),
				lte(dossiers.dueDate, sundayOf(today))
			);
		default:
			return undefined;
	}
}

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
		input.assignedToMe ? eq(dossiers.assigneeId, user.id) : undefined,
		input.channel ? eq(dossiers.channel, input.channel) : undefined,
		dueFilter(input.due, today)
	];
}

/** The procedure versions of a page of dossiers, each read once. */
function definitions(db: Database) {
	const cache = new Map<string, Promise<ProcedureDefinition | undefined>>();
	return (id: string, version: number) => {
		const key = `${id}@${version}`;
		let found = cache.get(key);
		if (!found) {
			found = publishedVersion(db, id, version).then((d) => d ?? undefined);
			cache.set(key, found);
		}
		return found;
	};
}

/**
 * The officer's inbox: overdue dossiers first, then by due date, with each applicant's name.
 * A search by the applicant's name or phone reads inside the answers (they are not columns), so
 * it walks the filtered dossiers of the ward on the server and writes an audit line saying that
 * such a search happened and how many it found, never what was typed.
 */
export async function officerInbox(
	db: Database,
	scope: WardScope,
	user: SessionUser,
	input: InboxInput,
	today: string,
	now: Date = new Date()
): Promise<InboxPage> {
	const where = inScope(scope, ...filters(input, user, today));
	const overdue = sql<boolean>`(${overdueSql(today)})`;
	const query = input.applicant ? applicantQuery(input.applicant) : null;
	const select = db
		.select({
			code: dossiers.code,
			procedureId: dossiers.procedureId,
			procedureVersion: dossiers.procedureVersion,
			answers: dossiers.answers,
			channel: dossiers.channel,
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
		.$dynamic();
	const definitionOf = definitions(db);

	let rows: Awaited<typeof select>;
	let total: number;
	if (input.applicant) {
		const all = query ? await select : [];
		const matching = [];
		for (const row of all) {
			const definition = await definitionOf(row.procedureId, row.procedureVersion);
			const answers = row.answers as Answers;
			const hit =
				query?.by === 'phone'
					? (definition ? applicantPhone(definition, answers) : undefined)?.includes(query.digits)
					: query?.by === 'name' &&
						foldVietnamese(applicantName(answers, definition)).includes(query.folded);
			if (hit) matching.push(row);
		}
		rows = matching.slice(input.offset, input.offset + input.limit);
		total = matching.length;
		await writeAudit(db, {
			actorUserId: user.id,
			action: 'officer.inbox_search',
			subject: query?.by ?? 'applicant',
			details: { by: query?.by ?? 'none', results: total },
			at: now
		});
	} else {
		const [page, [totalRow]] = await Promise.all([
			select.limit(input.limit).offset(input.offset),
			db.select({ n: count() }).from(dossiers).where(where)
		]);
		rows = page;
		total = totalRow?.n ?? 0;
	}

	const items = await Promise.all(
		rows.map(async ({ assigneeId, assigneeName, answers, ...item }) => ({
			...item,
			applicantName: applicantName(
				answers as Answers,
				await definitionOf(item.procedureId, item.procedureVersion)
			),
			overdue: Boolean(item.overdue),
			assignee:
				assigneeId && assigneeName !== null ? { id: assigneeId, displayName: assigneeName } : null
		}))
	);
	return { items, total };
}

/** `officer.inbox`: the caller's ward (every ward for an administrator), then its inbox. */
export async function inboxFor(
	db: Database,
	user: SessionUser,
	input: InboxInput,
	today: string,
	now: Date = new Date()
): Promise<InboxPage> {
	return officerInbox(db, await wardScopeOf(db, user), user, input, today, now);
}
