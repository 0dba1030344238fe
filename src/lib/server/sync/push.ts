import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { z, ZodType } from 'zod';
import { AppError, type AppErrorCode } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { classifyDatabaseError } from '../db/database-error';
import { syncClients, syncFailures } from '../db/schema';
import { errorSummary } from '../log/error-summary';
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

/** What `applyRun` gets: a time per mutation, and the move of the queue over the first `count`. */
export type RunContext = Omit<AloneContext, 'now' | 'advance'> & {
	now: readonly Date[];
	/**
	 * An `update sync_clients …` for a CTE named `advanced`: moves the queue over the run's first
	 * `count` mutations when the first is the next one and `guard` holds, returning a row when it did.
	 */
	advance(count: number, guard: SQL): SQL;
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
	/**
	 * Consecutive mutations of this kind in ONE statement, as `applyAlone` does one: writes the
	 * leading ones of the usual case, moving the queue over exactly those (`advance`), and answers
	 * their values in order; an empty list when it wrote nothing. The push goes on one by one from
	 * the first it did not write. A push of fifty dossiers is then one statement, not fifty.
	 */
	applyRun?(ctx: RunContext, payloads: readonly unknown[]): Promise<unknown[]>;
	/**
	 * A staff kind (issue 21): the figures a ward reports upward. Answers the access point the
	 * parsed payload is about; the push accepts it only from a staff session or from an enrolled,
	 * non-revoked PC of that access point (see staffRefusal).
	 */
	staffAccessPoint?(payload: unknown): string;
};

/**
 * Who sends a push: a logged-in staff member, an enrolled PC (by its credential), both or
 * neither. A citizen at home is neither, and may still send dossiers and supplements.
 */
export type PushSender = {
	staff: boolean;
	device: { accessPointId: string; revoked: boolean } | null;
};

export const anonymousSender: PushSender = { staff: false, device: null };

/** Why a staff kind from this sender is refused, or undefined when it is not. */
export function staffRefusal(sender: PushSender, accessPointId: string): AppErrorCode | undefined {
	if (sender.staff) return undefined;
	if (!sender.device) return 'device_not_enrolled';
	if (sender.device.revoked) return 'device_revoked';
	// An enrolled PC speaks for its own access point only.
	if (sender.device.accessPointId !== accessPointId) return 'forbidden';
	return undefined;
}

export type SyncHandlers = Record<string, SyncHandler>;

/** A handler whose `apply` sees the parsed payload with its type. */
export function syncHandler<I extends ZodType>(
	input: I,
	apply: (ctx: MutationContext, payload: z.output<I>) => Promise<unknown>,
	options: {
		refusesBeforeWriting?: boolean;
		applyAlone?: (ctx: AloneContext, payload: z.output<I>) => Promise<AppliedAlone>;
		applyRun?: (ctx: RunContext, payloads: readonly z.output<I>[]) => Promise<unknown[]>;
		staffAccessPoint?: (payload: z.output<I>) => string;
	} = {}
): SyncHandler {
	const { applyAlone, applyRun, staffAccessPoint, ...rest } = options;
	return {
		input,
		apply: (ctx, payload) => apply(ctx, payload as z.output<I>),
		...rest,
		...(applyAlone && {
			applyAlone: (ctx: AloneContext, payload: unknown) => applyAlone(ctx, payload as z.output<I>)
		}),
		...(applyRun && {
			applyRun: (ctx: RunContext, payloads: readonly unknown[]) =>
				applyRun(ctx, payloads as readonly z.output<I>[])
		}),
		...(staffAccessPoint && {
			staffAccessPoint: (payload: unknown) => staffAccessPoint(payload as z.output<I>)
		})
	};
}

export type Mutation = { id: number; kind: string; payload: unknown };

export type MutationResult =
	{ id: number; ok: true; value: unknown } | { id: number; ok: false; reason: AppErrorCode };

export type PushResult = { lastMutationId: number; results: MutationResult[] };

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

/**
 * The move over `first`…`last` in one statement (see RunContext.advance). A device's first push
 * creates its row, as lockClient would, when it starts at mutation 1; after a gap it writes
 * nothing. On a row that exists, the conflict's update moves it only from `first - 1`.
 */
function advanceRunStatement(
	clientId: string,
	first: number,
	last: number,
	now: Date,
	guard: SQL
): SQL {
	const at = now.toISOString();
	return sql`insert into sync_clients (client_id, last_mutation_id, created_at, updated_at)
		select ${clientId}, ${last}::int, ${at}::timestamptz, ${at}::timestamptz
		where (${guard}) and (${first}::int = 1
			or exists (select 1 from sync_clients where client_id = ${clientId}))
		on conflict (client_id) do update
		set last_mutation_id = excluded.last_mutation_id, updated_at = excluded.updated_at
		where sync_clients.last_mutation_id = ${first - 1}::int
		returning 1`;
}

/** advanceClient as SQL for a handler's one statement (see SyncHandler.applyAlone). */
function advanceStatement(clientId: string, id: number, now: Date, guard: SQL): SQL {
	return advanceRunStatement(clientId, id, id, now, guard);
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

/**
 * A mutation's handler and its parsed payload; a refusal decided before any handler runs (a
 * staff kind from a sender it is not accepted from); undefined when neither is to be had.
 */
type Entry = { handler: SyncHandler; payload: unknown } | { refused: AppErrorCode } | undefined;

function entryOf(handlers: SyncHandlers, mutation: Mutation, sender: PushSender): Entry {
	const handler = Object.hasOwn(handlers, mutation.kind) ? handlers[mutation.kind] : undefined;
	if (!handler) return undefined;
	let payload: unknown;
	try {
		const parsed = handler.input.safeParse(mutation.payload);
		if (!parsed.success) return undefined;
		payload = parsed.data;
	} catch {
		// A payload nested too deep for the parser's stack is as invalid as one that fails it.
		return undefined;
	}
	const refused = handler.staffAccessPoint
		? staffRefusal(sender, handler.staffAccessPoint(payload))
		: undefined;
	return refused ? { refused } : { handler, payload };
}

/** Runs the handler; expected refusals come back as a reason, anything else propagates. */
async function run(
	tx: Database,
	entry: Entry,
	ctx: Omit<MutationContext, 'tx'>,
	mutation: Mutation
): Promise<MutationResult> {
	if (!entry) return { id: mutation.id, ok: false, reason: 'invalid_input' };
	if ('refused' in entry) return { id: mutation.id, ok: false, reason: entry.refused };
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

/** Where the client's queue stands for one mutation, once its row is locked. */
type Queue = { kind: 'moved' } | { kind: 'skipped'; last: number } | { kind: 'gap'; last: number };

/**
 * Moves the queue on to `mutation`, in `tx`: the usual case in one statement, a new client or a
 * resend in two more. Skipped when it was applied already; a gap when an earlier one is missing.
 */
async function moveQueue(tx: Database, clientId: string, id: number, at: Date): Promise<Queue> {
	if (await advanceClient(tx, clientId, id, at)) return { kind: 'moved' };
	const last = await lockClient(tx, clientId, at);
	if (id <= last) return { kind: 'skipped', last };
	// The client sends in order; after a gap it resends from the first one we lack.
	if (id > last + 1) return { kind: 'gap', last };
	await advanceClient(tx, clientId, id, at);
	return { kind: 'moved' };
}

/**
 * What one mutation came to: applied (or refused, which counts as applied) with its result,
 * skipped as applied before, or not applied as it comes after a gap.
 */
type Step =
	| { kind: 'applied'; result: MutationResult }
	| { kind: 'skipped'; last: number }
	| { kind: 'gap'; last: number };

/** The kind as the failure record keeps it: the client sent it, so it may hold anything. */
function recordedKind(kind: string): string {
	// PostgreSQL refuses NUL in text; the other control characters are noise in a record.
	// eslint-disable-next-line no-control-regex -- those characters are the point
	const controls = /[\u0000-\u001f\u007f-\u009f]/g;
	return kind.slice(0, 100).toWellFormed().replace(controls, '\ufffd');
}

function insertFailure(
	tx: Database,
	clientId: string,
	mutation: Mutation,
	reason: AppErrorCode,
	at: Date
) {
	return tx
		.insert(syncFailures)
		.values({ clientId, mutationId: mutation.id, kind: recordedKind(mutation.kind), reason, at });
}

/** One mutation in one transaction with the move of the queue; a refusal is recorded with it. */
function applyInTransaction(
	db: Database,
	entry: Entry,
	ctx: Omit<MutationContext, 'tx'>,
	mutation: Mutation
): Promise<Step> {
	return db.transaction(async (tx): Promise<Step> => {
		// The queue moves on first: a refusal keeps the move, an unexpected error undoes both.
		const queue = await moveQueue(tx, ctx.clientId, mutation.id, ctx.now);
		if (queue.kind !== 'moved') return queue;
		const result = await run(tx, entry, ctx, mutation);
		if (!result.ok) await insertFailure(tx, ctx.clientId, mutation, result.reason, ctx.now);
		return { kind: 'applied', result };
	});
}

/**
 * The refusal of a mutation whose transaction failed, in a fresh transaction: on PostgreSQL a
 * failed statement aborts its transaction, so nothing more could be written in that one. The
 * queue moves on only if this mutation is still the next one (a concurrent push may have applied
 * it meanwhile), so it stays exactly once.
 */
function recordRefusal(
	db: Database,
	clientId: string,
	mutation: Mutation,
	reason: AppErrorCode,
	at: Date
): Promise<Step> {
	return db.transaction(async (tx): Promise<Step> => {
		const queue = await moveQueue(tx, clientId, mutation.id, at);
		if (queue.kind !== 'moved') return queue;
		await insertFailure(tx, clientId, mutation, reason, at);
		return { kind: 'applied', result: { id: mutation.id, ok: false, reason } };
	});
}

/** Tries of one mutation that a serialization failure or a deadlock interrupted. */
const RETRIES = 2;

/**
 * True for faults that are not the mutation's: the database unreachable, shutting down or out of
 * resources (SQLSTATE 08, 57P, 53), or a serialization failure or deadlock tried again already.
 * Recording a refusal then would refuse a good entry for the server's trouble, so the push ends
 * and the client sends the same mutations again later.
 */
function notTheMutations(error: unknown): boolean {
	const failure = classifyDatabaseError(error);
	return failure?.kind === 'unavailable' || failure?.kind === 'retry';
}

/** The refusal code for a mutation that threw: the input's code for a query it broke. */
function reasonFor(error: unknown): AppErrorCode {
	const failure = classifyDatabaseError(error);
	return failure?.kind === 'input' ? failure.code : 'apply_failed';
}

/**
 * The handler's one statement (`applyAlone`), or its transaction when that wrote nothing. A
 * failure of the statement other than the database's own also counts as nothing written: the
 * transaction then tells what it was.
 */
async function applyOnce(
	db: Database,
	entry: Entry,
	ctx: Omit<MutationContext, 'tx'>,
	mutation: Mutation,
	alone: boolean
): Promise<Step> {
	const applyAlone = entry && 'handler' in entry ? entry.handler.applyAlone : undefined;
	if (alone && applyAlone && entry && 'payload' in entry) {
		const { clientId, now } = ctx;
		const advance = (guard: SQL) => advanceStatement(clientId, mutation.id, now, guard);
		let done: AppliedAlone;
		try {
			done = await applyAlone({ ...ctx, db, advance }, entry.payload);
		} catch (error) {
			if (notTheMutations(error)) throw error;
		}
		if (done) return { kind: 'applied', result: { id: mutation.id, ok: true, value: done.value } };
	}
	return applyInTransaction(db, entry, ctx, mutation);
}

/** The most mutations one `applyRun` takes: a statement of a few hundred kilobytes. */
const RUN_LIMIT = 100;

/**
 * How many mutations from `start` one `applyRun` may take: of one kind whose handler has it,
 * parsed, accepted from this sender, with consecutive ids.
 */
function runLength(
	mutations: readonly Mutation[],
	entries: readonly Entry[],
	start: number
): number {
	const first = entries[start];
	if (!first || !('handler' in first) || !first.handler.applyRun) return 0;
	let end = start + 1;
	while (end < mutations.length && end - start < RUN_LIMIT) {
		const entry = entries[end];
		if (!entry || !('handler' in entry) || entry.handler !== first.handler) break;
		if (mutations[end]!.id !== mutations[end - 1]!.id + 1) break;
		end++;
	}
	return end - start;
}

/** A run through its handler's `applyRun`: the values of the leading mutations it wrote. */
async function applyRunOnce(
	db: Database,
	run: readonly Mutation[],
	first: Entry,
	ctx: { clientId: string; now: () => Date; memo: Memo; payloads: readonly Entry[] }
): Promise<unknown[]> {
	if (!first || !('handler' in first) || !first.handler.applyRun) return [];
	const times = run.map(() => ctx.now());
	const payloads = ctx.payloads.map((entry) =>
		entry && 'payload' in entry ? entry.payload : undefined
	);
	const { clientId, memo } = ctx;
	return first.handler.applyRun(
		{
			db,
			clientId,
			memo,
			now: times,
			advance: (count, guard) =>
				advanceRunStatement(clientId, run[0]!.id, run[count - 1]!.id, times[count - 1]!, guard)
		},
		payloads
	);
}

/** A line by kind, code and SQLSTATE; never the payload, which holds personal data. */
function logFailure(kind: string, reason: AppErrorCode, error: unknown): void {
	const line = `[sync.push] ${kind} ${reason}`;
	// The input's fault is the sender's business; a fault of ours needs where it was thrown.
	if (reason === 'apply_failed') console.error(line, errorSummary(error));
	else console.warn(line, errorSummary(error).split('\n')[0]);
}

/**
 * Replicache-style push: each mutation in its own transaction together with the client's
 * `lastMutationId`, so it is applied exactly once however often the client resends. A mutation
 * that cannot be applied — refused by its handler, a query its values break, a bug that throws —
 * still counts as applied and is recorded with a code, so one bad entry never blocks the queue
 * (issue 14). Only a fault of the database itself (see notTheMutations) ends the push, and the
 * client retries later. Mutations already applied are skipped without a result: their outcome
 * reaches the client by `pull` (a dossier's code) or was already delivered. A handler's
 * `applyAlone` keeps that rule with one statement, which is a transaction by itself; whatever
 * it leaves takes the path below.
 */
export async function applyPush(
	db: Database,
	handlers: SyncHandlers,
	clientId: string,
	mutations: readonly Mutation[],
	now: () => Date = () => new Date(),
	sender: PushSender = anonymousSender
): Promise<PushResult> {
	const results: MutationResult[] = [];
	let memo = createMemo();
	let lastMutationId: number | undefined;
	const entries = mutations.map((mutation) => entryOf(handlers, mutation, sender));
	// Runs in one statement until one writes nothing: then the rest go one by one.
	let runs = true;
	for (let index = 0; index < mutations.length;) {
		const mutation = mutations[index]!;
		const entry = entries[index];
		// Alone only while it may be the next one: not for those this push saw applied already.
		const alone = lastMutationId === undefined || lastMutationId === mutation.id - 1;
		const length = runs && alone ? runLength(mutations, entries, index) : 0;
		if (length >= 2) {
			let values: unknown[] = [];
			try {
				values = await applyRunOnce(db, mutations.slice(index, index + length), entries[index]!, {
					clientId,
					now,
					memo,
					payloads: entries.slice(index, index + length)
				});
			} catch (error) {
				// A deadlock or serialization failure is tried again one by one, below.
				if (classifyDatabaseError(error)?.kind !== 'retry' && notTheMutations(error)) throw error;
				// What it read may have come from the statement that failed.
				memo = createMemo();
			}
			if (values.length === 0) runs = false;
			for (const [offset, value] of values.entries()) {
				results.push({ id: mutations[index + offset]!.id, ok: true, value });
			}
			if (values.length > 0) {
				index += values.length;
				lastMutationId = mutations[index - 1]!.id;
				continue;
			}
		}
		const at = now();
		let step: Step | undefined;
		for (let attempt = 0; !step; attempt++) {
			try {
				step = await applyOnce(db, entry, { clientId, now: at, memo }, mutation, alone);
			} catch (error) {
				if (classifyDatabaseError(error)?.kind === 'retry' && attempt < RETRIES) continue;
				if (notTheMutations(error)) throw error;
				const reason = reasonFor(error);
				logFailure(entry && 'handler' in entry ? mutation.kind : '?', reason, error);
				// What it read may have come from the transaction just rolled back.
				memo = createMemo();
				step = await recordRefusal(db, clientId, mutation, reason, at);
			}
		}
		index++;
		if (step.kind === 'applied') {
			lastMutationId = mutation.id;
			results.push(step.result);
		} else {
			lastMutationId = step.last;
			if (step.kind === 'gap') break;
		}
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
