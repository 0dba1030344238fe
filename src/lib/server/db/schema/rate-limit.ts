import { bigserial, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Failed look-ups, kept in the database rather than in memory so that the limit holds across
 * several stateless app servers. `key` names what is limited, e.g. 'resume:code:<lookupId>' or
 * 'lookup:addr:<client address>', or bytes uploaded ('upload:addr:…'); rows older than the window are
 * pruned as new ones arrive, and by the scheduled sweep (maintenance/sweep.ts).
 */
export const rateLimitEvents = pgTable(
	'rate_limit_events',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		key: text('key').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		/** What the event weighs: 1 for an attempt, the bytes of an upload ('upload:'). */
		amount: integer('amount').notNull().default(1)
	},
	(t) => [
		index('rate_limit_events_key_at_idx').on(t.key, t.at),
		index('rate_limit_events_at_idx').on(t.at)
	]
);
