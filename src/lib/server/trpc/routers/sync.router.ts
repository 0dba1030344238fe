import { z } from 'zod';
import { replaceUnsafe } from '$lib/domain/text/safe-text';
import { coachingSyncHandlers } from '../../sync/coaching-handlers';
import { appSyncHandlers } from '../../sync/dossier-handlers';
import { pullForDevice } from '../../sync/pull';
import { deviceCredential, pushSenderOf } from '../../devices/device-credentials';
import { applyPush, type SyncHandlers } from '../../sync/push';
import { createRouter, publicProcedure } from '../trpc';

const MAX_MUTATIONS = 100;

const clientId = z.uuid();

const pushInput = z.object({
	clientId,
	/** An enrolled PC's credential (issue 21): needed for staff kinds without a staff session. */
	device: deviceCredential.optional(),
	mutations: z
		.array(
			z.object({
				// sync_clients.last_mutation_id is an integer column.
				id: z.number().int().positive().max(2_147_483_647),
				// Never refused here, which would block the device's queue at this entry: an unsafe
				// character becomes U+FFFD, no handler matches, and the entry is a recorded refusal.
				kind: z
					.string()
					.min(1)
					.max(100)
					.transform((kind) => replaceUnsafe(kind)),
				// Each handler parses its own payload; a bad one is a recorded failure, not a refusal.
				payload: z.unknown()
			})
		)
		.max(MAX_MUTATIONS)
});

const pullInput = z.object({ clientId, cursor: z.string().max(64).optional() });

/**
 * Public: citizens have no account, and a device knows only its own random client id. Staff
 * kinds (coaching records, ratings) need a staff session or an enrolled PC's credential. Inputs
 * are never logged: payloads carry personal data.
 */
export function createSyncRouter(handlers: SyncHandlers, now: () => Date = () => new Date()) {
	return createRouter({
		push: publicProcedure
			.input(pushInput)
			.mutation(async ({ ctx, input }) =>
				applyPush(
					ctx.db,
					handlers,
					input.clientId,
					input.mutations,
					now,
					await pushSenderOf(ctx.db, ctx.user, input.device)
				)
			),
		pull: publicProcedure
			.input(pullInput)
			.query(({ ctx, input }) => pullForDevice(ctx.db, input.clientId, input.cursor))
	});
}

export const syncRouter = createSyncRouter({ ...appSyncHandlers, ...coachingSyncHandlers });
