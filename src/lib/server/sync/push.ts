import { eq } from 'drizzle-orm';
import type { z, ZodType } from 'zod';
import { AppError, type AppErrorCode } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { syncClients, syncFailures } from '../db/schema';

export type MutationContext = { tx: Database; clientId: string; now: Date };

/** How the server applies one kind of outbox entry. */
export type SyncHandler = {
	input: ZodType;
	apply(ctx: MutationContext, payload: unknown): Promise<unknown>;
};

export type SyncHandlers = Record<string, SyncHandler>;

/** A handler whose `apply` sees the parsed payload with its type. */
export function syncHandler<I extends ZodType>(
	input: I,
	apply: (ctx: MutationContext, payload: z.output<I>) => Promise<unknown>
): SyncHandler {
	return { input, apply: (ctx, payload) => apply(ctx, payload as z.output<I>) };
}

export type Mutation = { id: number; kind: string; payload: unknown };

export type MutationResult =
	{ id: number; ok: true; value: unknown } | { id: number; ok: false; reason: AppErrorCode };

export type PushResult = { lastMutationId: number; results: MutationResult[] };

type Step = { kind: 'applied'; result: MutationResult } | { kind: 'skipped' } | { kind: 'gap' };

/** Locks the client's row for this transaction, creating it on first contact. */
async function lockClient(tx: Database, clientId: string, now: Date): Promise<number> {
	await tx
		.insert(syncClients)
		.values({ clientId, createdAt: now, updatedAt: now })
		.onConflictDoNothing();
	const [row] = await tx
		.select({ last: syncClients.lastMutationId })
		.from(syncClients)
		.where(eq(syncClients.clientId, clientId))
		.for('update');
	return row!.last;
}

/** Runs the handler; expected refusals come back as a reason, anything else propagates. */
async function run(
	tx: Database,
	handlers: SyncHandlers,
	clientId: string,
	mutation: Mutation,
	now: Date
): Promise<MutationResult> {
	const handler = Object.hasOwn(handlers, mutation.kind) ? handlers[mutation.kind] : undefined;
	if (!handler) return { id: mutation.id, ok: false, reason: 'invalid_input' };
	const parsed = handler.input.safeParse(mutation.payload);
	if (!parsed.success) return { id: mutation.id, ok: false, reason: 'invalid_input' };
	try {
		// A savepoint, so that a refusal after some writes leaves none of them behind.
		const value = await tx.transaction((inner) =>
			handler.apply({ tx: inner, clientId, now }, parsed.data)
		);
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
 * `pull` (a dossier's code) or was already delivered.
 */
export async function applyPush(
	db: Database,
	handlers: SyncHandlers,
	clientId: string,
	mutations: readonly Mutation[],
	now: () => Date = () => new Date()
): Promise<PushResult> {
	const results: MutationResult[] = [];
	let lastMutationId: number | undefined;
	for (const mutation of mutations) {
		const at = now();
		const step = await db.transaction(async (tx): Promise<Step> => {
			const last = await lockClient(tx, clientId, at);
			lastMutationId = last;
			if (mutation.id <= last) return { kind: 'skipped' };
			// The client sends in order; after a gap it resends from the first one we lack.
			if (mutation.id > last + 1) return { kind: 'gap' };
			const result = await run(tx, handlers, clientId, mutation, at);
			if (!result.ok) {
				await tx.insert(syncFailures).values({
					clientId,
					mutationId: mutation.id,
					kind: mutation.kind.slice(0, 100),
					reason: result.reason,
					at
				});
			}
			await tx
				.update(syncClients)
				.set({ lastMutationId: mutation.id, updatedAt: at })
				.where(eq(syncClients.clientId, clientId));
			lastMutationId = mutation.id;
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
