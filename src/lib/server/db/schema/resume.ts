import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';

/**
 * Drafts uploaded for "Tiếp tục tại nhà" (issue 4, item 6). The browser encrypts the draft and its
 * attachments under a key derived from resume code + PIN and sends ciphertext only: the server
 * never receives the code, the PIN, the key or any plaintext, so nothing here is personal data in
 * readable form.
 */
export const resumeDrafts = pgTable(
	'resume_drafts',
	{
		/** Hex SHA-256 the browser derived from the code; the code itself never reaches us. */
		lookupId: text('lookup_id').primaryKey(),
		/** Hex SHA-256 of the auth token the browser derived from code + PIN. */
		authHash: text('auth_hash').notNull(),
		ciphertext: bytea('ciphertext').notNull(),
		sizeBytes: integer('size_bytes').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true })
			.notNull()
			.default(sql`now() + interval '30 days'`),
		/**
		 * Wrong auth tokens for this bundle over its life, and until when the code is locked after
		 * the last one that reached the hourly limit. Informational, for staff answering "why can't I
		 * open it": the limit itself is enforced from `rate_limit_events`, which also covers codes
		 * that have no row.
		 */
		failedAttempts: integer('failed_attempts').notNull().default(0),
		lockedUntil: timestamp('locked_until', { withTimezone: true })
	},
	(t) => [index('resume_drafts_expires_idx').on(t.expiresAt)]
);

export type ResumeDraft = typeof resumeDrafts.$inferSelect;
