import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { dossiers } from './dossiers';

/**
 * Uploaded files, content-addressed: the key is the SHA-256 of the bytes, so the same photo sent
 * twice (a retry, two devices, two dossiers) is stored once. Only complete, verified files land
 * here; the parts of an upload in progress wait in `attachment_chunks`.
 */
export const attachmentBlobs = pgTable('attachment_blobs', {
	/** Lower-case hex SHA-256 of `content`, checked on arrival. */
	sha256: text('sha256').primaryKey(),
	mimeType: text('mime_type').notNull(),
	sizeBytes: integer('size_bytes').notNull(),
	/** A scan of an ID card or a birth certificate: personal data, never logged. */
	content: bytea('content').notNull(),
	createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
});

/**
 * The received part of an upload, one row per chunk, contiguous from offset 0. When they reach
 * `total_bytes` they become one blob and are deleted; left unfinished they are purged after a week.
 */
export const attachmentChunks = pgTable(
	'attachment_chunks',
	{
		sha256: text('sha256').notNull(),
		offset: integer('offset').notNull(),
		bytes: bytea('bytes').notNull(),
		mimeType: text('mime_type').notNull(),
		totalBytes: integer('total_bytes').notNull(),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.sha256, t.offset] }),
		index('attachment_chunks_created_idx').on(t.createdAt)
	]
);

/** Which files a dossier holds, in which document field, in the order the citizen added them. */
export const dossierAttachments = pgTable(
	'dossier_attachments',
	{
		dossierId: uuid('dossier_id')
			.notNull()
			.references(() => dossiers.id, { onDelete: 'cascade' }),
		sha256: text('sha256')
			.notNull()
			.references(() => attachmentBlobs.sha256),
		stepId: text('step_id').notNull(),
		fieldId: text('field_id').notNull(),
		fileName: text('file_name').notNull(),
		mimeType: text('mime_type').notNull(),
		sizeBytes: integer('size_bytes').notNull(),
		position: integer('position').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.dossierId, t.stepId, t.fieldId, t.position] }),
		index('dossier_attachments_sha256_idx').on(t.sha256)
	]
);

export type AttachmentBlob = typeof attachmentBlobs.$inferSelect;
export type DossierAttachment = typeof dossierAttachments.$inferSelect;
