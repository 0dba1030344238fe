import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Who did what, for the personal-data law's audit duty (Law 91/2025). `details` holds ids and
 * outcomes only, never request bodies or personal data.
 */
export const auditLog = pgTable(
	'audit_log',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		subject: text('subject'),
		details: jsonb('details').$type<Record<string, string | number | boolean | null>>()
	},
	(t) => [index('audit_log_at_idx').on(t.at)]
);
