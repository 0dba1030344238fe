import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z, ZodType } from 'zod';
import { AppError, type AppErrorCode } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { syncClients, syncFailures } from '../db/schema';
import { createMemo, type Memo } from '../memo';

export type MutationContext = { tx: Database; clientId: string; now: Date; memo: Memo };

/** What `applyAlone` gets: no transaction, and the move of the client's queue for its statement. */
export type AloneContext = Omit<MutationContext, 'tx'> & {
	db: Database;
	/**
	 * An `update sync_clients …` for a CTE named `advanced`: moves the queue on to this mutation
	 * when it is the next one and `guard` holds, returning a row when it did.
	 */
	advance(guard: SQL): SQL;
};

/** `applyAlone`'s answer: the mutation's value, or undefined when it wrote nothing at all. */
export type AppliedAlone = { value: unknown } | undefined;

/** How the server applies one kind of outbox entry. */
export type SyncHandler = {
	input: ZodType;
	apply(ctx: MutationContext, payload: unknown): Promise<unknown>;
	/**
	 * True when every refusal of `apply` comes before its own writes (it writes last, in one
	 * statement), so no savepoint is needed to take them back: two round trips saved per
	 * mutation. Defaults that it may fill on the way (a year's days off) are not its writes.
	 */
	refusesBeforeWriting?: boolean;
	/**
	 * The usual case of `apply` as ONE statement that moves the client's queue on too (the CTE
	 * from `advance`) and writes only if it moved it: a statement is a transaction of its own, so
	 * the push needs no BEGIN and COMMIT, one round trip instead of four. Anything else (a refusal,
	 * a new client, a mutation applied already) must write nothing and answer undefined: the push
	 * then runs `apply` in a transaction, which tells these apart and records a refusal.
	 */
	applyAlone?(ctx: AloneContext, payload: unknown): Promise<AppliedAlone>;
};

export type SyncHandlers = Record<string, SyncHandler>;

/** A handler whose `apply` sees the parsed payload with its type. */
export function syncHandler<I extends ZodType>(
	input: I,
	apply: (ctx: MutationContext, payload: z.output<I>) => Promise<unknown>,
	options: {
		refusesBeforeWriting?: boolean;
		applyAlone?: (ctx: AloneContext, payload: z.output<I>) => Promise<AppliedAlone>;
	} = {}
): SyncHandler {
	const { applyAlone, ...rest } = options;
	return {
		input,
		apply: (ctx, payload) => apply(ctx, payload as z.output<I>),
		...rest,
		...(applyAlone && {
			applyAlone: (ctx: AloneContext, payload: unknown) => applyAlone(ctx, payload as z.output<I>)
		})
	};
}

export type Mutation = { id: number; kind: string; payload: unknown };

export type MutationResult =
	{ id: number; ok: true; value: unknown } | { id: number; ok: false; reason: AppErrorCode };

export type PushResult = { lastMutationId: number; results: MutationResult[] };

type Step = { kind: 'applied'; result: MutationResult } | { kind: 'skipped' } | { kind: 'gap' };

/**
 * Moves the client's queue on to `id` if `id` is the next one, taking the row's lock for this
 * transaction: the usual case in one statement. False when the client is new, or `id` was
 * applied already or comes after a gap. A concurrent transaction that moved the queue first makes
 * this one wait, then find the condition false.
 */
async function advanceClient(
	tx: Database,
	clientId: string,
	id: number,
	now: Date
): Promise<boolean> {
	const moved = await tx
		.update(syncClients)
		.set({ lastMutationId: id, updatedAt: now })
		.where(and(eq(syncClients.clientId, clientId), eq(syncClients.lastMutationId, id - 1)))
		.returning({ last: syncClients.lastMutationId });
	return moved.length > 0;
}

/** advanceClient as SQL for a handler's one statement (see SyncHandler.applyAlone). */
function advanceStatement(clientId: string, id: number, now: Date, guard: SQL): SQL {
	return sql`update sync_clients set last_mutation_id = ${id}::int,
			updated_at = ${now.toISOString()}::timestamptz
		where client_id = ${clientId} and last_mutation_id = ${id - 1}::int and (${guard})
		returning 1`;
}

/**
 * Locks the client's row for this transaction, creating it on first contact, and reads its
 * `lastMutationId`: one statement, as the upsert takes the row lock that a `select … for update`
 * would. `updatedAt` becomes the time of last contact.
 */
async function lockClient(tx: Database, clientId: string, now: Date): Promise<number> {
	const [row] = await tx
		.insert(syncClients)
		.values({ clientId, createdAt: now, updatedAt: now })
		.onConflictDoUpdate({ target: syncClients.clientId, set: { updatedAt: now } })
		.returning({ last: syncClients.lastMutationId });
	return row!.last;
}

/** A mutation's handler and its parsed payload; undefined when either is not to be had. */
type Entry = { handler: SyncHandler; payload: unknown } | undefined;

function entryOf(handlers: SyncHandlers, mutation: Mutation): Entry {
	const handler = Object.hasOwn(handlers, mutation.kind) ? handlers[mutation.kind] : undefined;
	if (!handler) return undefined;
	const parsed = handler.input.safeParse(mutation.payload);
	return parsed.success ? { handler, payload: parsed.data } : undefined;
}

/** Runs the handler; expected refusals come back as a reason, anything else propagates. */
async function run(
	tx: Database,
	entry: Entry,
	ctx: Omit<MutationContext, 'tx'>,
	mutation: Mutation
): Promise<MutationResult> {
	if (!entry) return { id: mutation.id, ok: false, reason: 'invalid_input' };
	const { handler, payload } = entry;
	try {
		const value = handler.refusesBeforeWriting
			? await handler.apply({ ...ctx, tx }, payload)
			: // A savepoint, so that a refusal after some writes leaves none of them behind.
				await tx.transaction((inner) => handler.apply({ ...ctx, tx: inner }, payload));
		return { id: mutation.id, ok: true, value };
	} catch (error) {
		if (error instanceof AppError) return { id: mutation.id, ok: false, reason: error.code };
		throw error;
	}
}

/**
 * Replicache-style push: each mutation in its own transaction together with the client's
 * `lastMutationId`, so it is applied exactly once however often the client resends. A refused
 * mutation still counts as applied (and is recorded) so one bad entry never blocks the queue; an
 * unexpected error rolls back that mutation and ends the push, and the client retries later.
 * Mutations already applied are skipped without a result: their outcome reaches the client by
 * `pull` (a dossier's code) or was already delivered. A handler's `applyAlone` keeps that rule
 * with one statement, which is a transaction by itself; whatever it leaves takes the path below.
 */
export async function applyPush(
	db: Database,
	handlers: SyncHandlers,
	clientId: string,
	mutations: readonly Mutation[],
	now: () => Date = () => new Date()
): Promise<PushResult> {
	const results: MutationResult[] = [];
	const memo = createMemo();
	let lastMutationId: number | undefined;
	for (const mutation of mutations) {
		const at = now();
		const entry = entryOf(handlers, mutation);
		// Alone only while it may be the next one: not for those this push saw applied already.
		if (
			entry?.handler.applyAlone &&
			(lastMutationId === undefined || lastMutationId === mutation.id - 1)
		) {
			const advance = (guard: SQL) => advanceStatement(clientId, mutation.id, at, guard);
			const done = await entry.handler.applyAlone(
				{ db, clientId, now: at, memo, advance },
				entry.payload
			);
			if (done) {
				lastMutationId = mutation.id;
				results.push({ id: mutation.id, ok: true, value: done.value });
				continue;
			}
		}
		const step = await db.transaction(async (tx): Promise<Step> => {
			// The queue moves on first: a refusal keeps the move, an unexpected error undoes both.
			if (!(await advanceClient(tx, clientId, mutation.id, at))) {
				const last = await lockClient(tx, clientId, at);
				lastMutationId = last;
				if (mutation.id <= last) return { kind: 'skipped' };
				// The client sends in order; after a gap it resends from the first one we lack.
				if (mutation.id > last + 1) return { kind: 'gap' };
				await advanceClient(tx, clientId, mutation.id, at);
			}
			lastMutationId = mutation.id;
			const result = await run(tx, entry, { clientId, now: at, memo }, mutation);
			if (!result.ok) {
				await tx.insert(syncFailures).values({
					clientId,
					mutationId: mutation.id,
					kind: mutation.kind.slice(0, 100),
					reason: result.reason,
					at
				});
			}
			return { kind: 'applied', result };
		});
		if (step.kind === 'gap') break;
		if (step.kind === 'applied') results.push(step.result);
	}
	if (lastMutationId === undefined) lastMutationId = await storedLastMutationId(db, clientId);
	return { lastMutationId, results };
}

async function storedLastMutationId(db: Database, clientId: string): Promise<number> {
	const [row] = await db
		.select({ last: syncClients.lastMutationId })
		.from(syncClients)
		.where(eq(syncClients.clientId, clientId))
		.limit(1);
	return row?.last ?? 0;
}
