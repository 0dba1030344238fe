import { index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accessPoints } from './access-points';

import { roles, type Role } from '../../../domain/roles';

export { roles, type Role };

export const roleEnum = pgEnum('role', roles);

/** Staff accounts. Citizens have no account: their drafts are keyed by PIN on the device. */
export const users = pgTable('users', {
	id: uuid('id').primaryKey().defaultRandom(),
	username: text('username').notNull().unique(),
	displayName: text('display_name').notNull(),
	role: roleEnum('role').notNull(),
	/** Argon2id PHC string; the password itself is never stored. */
	passwordHash: text('password_hash').notNull(),
	accessPointId: uuid('access_point_id').references(() => accessPoints.id),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
	disabledAt: timestamp('disabled_at', { withTimezone: true }),
	/**
	 * Login guessing per account, whatever the address (issue 14; NIST SP 800-63B 5.2.2): wrong
	 * passwords in a row since the last right one, when the last came (the wait before the next
	 * try is computed from both), and when the account was locked until a manager lifts it.
	 */
	failedLogins: integer('failed_logins').notNull().default(0),
	lastFailedLoginAt: timestamp('last_failed_login_at', { withTimezone: true }),
	lockedAt: timestamp('locked_at', { withTimezone: true })
});

/** Server sessions; the cookie holds a random token and only its SHA-256 is stored here. */
export const sessions = pgTable(
	'sessions',
	{
		tokenHash: text('token_hash').primaryKey(),
		userId: uuid('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** Absolute end (12 hours by default); the idle limit counts from `lastSeenAt`. */
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

export type User = typeof users.$inferSelect;
