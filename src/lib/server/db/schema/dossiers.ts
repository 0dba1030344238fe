import {
	bigserial,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	text,
	timestamp,
	unique,
	uuid
} from 'drizzle-orm/pg-core';

import { dossierStatuses, type DossierStatus } from '../../../domain/dossier/status';

export { dossierStatuses, type DossierStatus };

/** Dossiers accepted from the sync queue; the code and due date are assigned on accept. */
export const dossiers = pgTable(
	'dossiers',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** agency code–yymmdd–sequence, e.g. 'G22.99.08-260921-000042' (DOMAIN.md). */
		code: text('code').notNull().unique(),
		procedureId: text('procedure_id').notNull(),
		procedureVersion: integer('procedure_version').notNull(),
		/** Clean application answers: personal data, never logged. */
		answers: jsonb('answers').notNull(),
		clientId: text('client_id').notNull(),
		/** The local reference printed on the "Chờ gửi" slip before the code existed. */
		clientReference: text('client_reference').notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
		dueDate: date('due_date', { mode: 'string' }).notNull(),
		status: text('status', { enum: dossierStatuses }).notNull().default('received'),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	// A second guard, below the mutation ids, against one slip becoming two dossiers.
	(t) => [unique('dossiers_client_reference_key').on(t.clientId, t.clientReference)]
);

/** Status history; `sync.pull` hands these to the device that submitted the dossier. */
export const dossierEvents = pgTable(
	'dossier_events',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		dossierId: uuid('dossier_id')
			.notNull()
			.references(() => dossiers.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		status: text('status', { enum: dossierStatuses }).notNull(),
		note: text('note')
	},
	(t) => [index('dossier_events_dossier_idx').on(t.dossierId, t.id)]
);

/** Per agency and local day; incremented by an upsert so two servers never hand out one number. */
export const dossierCodeSequences = pgTable(
	'dossier_code_sequences',
	{
		agencyCode: text('agency_code').notNull(),
		/** yymmdd in Vietnam time. */
		day: text('day').notNull(),
		lastValue: integer('last_value').notNull()
	},
	(t) => [primaryKey({ columns: [t.agencyCode, t.day] })]
);

export const calendarDayOffKinds = ['holiday', 'substitute', 'tet', 'bridge'] as const;

/** The administrator's days-off table; years nobody edited are filled from defaultDaysOff. */
export const calendarDaysOff = pgTable('calendar_days_off', {
	date: date('date', { mode: 'string' }).primaryKey(),
	nameVi: text('name_vi').notNull(),
	nameEn: text('name_en').notNull(),
	kind: text('kind', { enum: calendarDayOffKinds }).notNull(),
	source: text('source', { enum: ['generated', 'admin'] }).notNull()
});

/**
 * Years whose days off have been filled from the defaults. A year is filled once: after that the
 * administrator's edits stand, even one that removes every row of the year.
 */
export const calendarYears = pgTable('calendar_years', {
	year: integer('year').primaryKey(),
	filledAt: timestamp('filled_at', { withTimezone: true }).notNull().defaultNow()
});

/** Deployment settings that belong in the database rather than in code, e.g. `agencyCode`. */
export const serverSettings = pgTable('server_settings', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull()
});
