import {
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import type { ProcedureDefinition } from '../../../domain/procedures/procedure.schema';
import { users } from './users';

export const procedureVersionStatuses = ['draft', 'published', 'retired'] as const;
export type ProcedureVersionStatus = (typeof procedureVersionStatuses)[number];

/**
 * Procedures as content (issue 16): one row per version of a procedure document. A draft is
 * uploaded by an administrator and seen only by them; a published version reaches devices on
 * their next sync from `effective_from`; a retired one leaves the catalogue but still names the
 * fields of the dossiers sent under it. `document` is stored without `effectiveFrom`: the
 * column is the one truth, filled in when the document is served.
 */
export const procedureVersions = pgTable(
	'procedure_versions',
	{
		id: text('id').notNull(),
		version: integer('version').notNull(),
		slug: text('slug').notNull(),
		status: text('status', { enum: procedureVersionStatuses }).notNull(),
		document: jsonb('document').$type<ProcedureDefinition>().notNull(),
		/** Hex SHA-256 of the document's canonical JSON (keys sorted): "the same content". */
		contentHash: text('content_hash').notNull(),
		effectiveFrom: date('effective_from'),
		publishedAt: timestamp('published_at', { withTimezone: true }),
		publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [primaryKey({ columns: [t.id, t.version] }), index().on(t.status)]
);

export type ProcedureVersionRow = typeof procedureVersions.$inferSelect;
