import { sql } from 'drizzle-orm';
import {
	bigserial,
	customType,
	index,
	integer,
	pgTable,
	text,
	timestamp
} from 'drizzle-orm/pg-core';

/**
 * PostgreSQL bytea as a Uint8Array, on PGlite and postgres-js alike. Values are written as hex
 * text decoded by the server: PGlite's own bytea serializer builds one string per byte and takes
 * seconds for a 20 MB bundle, hex from Buffer takes milliseconds. postgres-js reads bytea as a
 * Buffer and PGlite as a Uint8Array; code above sees a plain Uint8Array either way.
 */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array | string }>({
	dataType: () => 'bytea',
	toDriver: (value) => {
		const hex = Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex');
		return sql`decode(${hex}, 'hex')`;
	},
	fromDriver: (value) => {
		// Text protocol fallback: bytea arrives as '\x' followed by hex.
		if (typeof value === 'string') return new Uint8Array(Buffer.from(value.slice(2), 'hex'));
		return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
	}
});

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

/**
 * Failed look-ups, kept in the database rather than in memory so that the limit holds across
 * several stateless app servers. `key` names what is limited, e.g. 'resume:code:<lookupId>' or
 * 'resume:addr:<client address>'; rows older than the window are pruned as new ones arrive.
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

export type ResumeDraft = typeof resumeDrafts.$inferSelect;
