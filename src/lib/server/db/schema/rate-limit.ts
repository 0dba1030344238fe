import { bigserial, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Failed look-ups, kept in the database rather than in memory so that the limit holds across
 * several stateless app servers. `key` names what is limited, e.g. 'resume:code:<lookupId>' or
 * 'lookup:addr:<client address>'; rows older than the window are pruned as new ones arrive.
 */
export const rateLimitEvents = pgTable(
	'rate_limit_events',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		key: text('key').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('rate_limit_events_key_at_idx').on(t.key, t.at),
		index('rate_limit_events_at_idx').on(t.at)
	]
);
