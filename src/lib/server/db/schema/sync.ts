import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per browser install (Replicache-style push): the highest mutation id applied. It is
 * updated in the same transaction as the mutation it counts, which is what makes a resend a no-op.
 */
export const syncClients = pgTable('sync_clients', {
	/** A UUID the browser generated; it identifies a device, not a person. */
	clientId: text('client_id').primaryKey(),
	lastMutationId: integer('last_mutation_id').notNull().default(0),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * Mutations that were refused but still counted as applied, so that one bad entry never blocks a
 * device's queue. Only the app error code is kept: the payload may hold personal data.
 */
export const syncFailures = pgTable(
	'sync_failures',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		clientId: text('client_id').notNull(),
		mutationId: integer('mutation_id').notNull(),
		kind: text('kind').notNull(),
		reason: text('reason').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sync_failures_client_idx').on(t.clientId, t.mutationId)]
);
