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
import type { DossierEventAction } from '../../../domain/dossier/status-machine';
import { dossierChannels } from '../../../domain/dossier/channel';
import { accessPoints } from './access-points';
import { users } from './users';

export { dossierStatuses, type DossierStatus };

/** How the result goes back to the citizen (set with "result ready"). Personal data when by post. */
export type ResultDelivery =
	| { method: 'desk' }
	| {
			method: 'post';
			recipient: string;
			address: { provinceCode: string; communeCode?: string; communeName?: string; street: string };
			phone: string;
	  }
	| {
			method: 'online';
			/** The result file, stored as an attachment blob; what the citizen's look-up downloads. */
			fileSha256: string;
			fileName: string;
			mimeType: string;
			sizeBytes: number;
	  };

/** The demo ward (Phường Ba Đình, GSO 00004): the receiving ward until the office setting says. */
export const DEMO_WARD_CODE = '00004';

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
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		/** The receiving ward (commune code); officers see only their own ward's dossiers. */
		wardCode: text('ward_code').notNull().default(DEMO_WARD_CODE),
		/** The officer responsible (form 06 hand-overs in dossier_assignments). */
		assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
		/** The due date before the first apology moved it; null while none did. */
		originalDueDate: date('original_due_date', { mode: 'string' }),
		resultDelivery: jsonb('result_delivery').$type<ResultDelivery>(),
		/** When the office asked for a supplement: the clock stands still from then until it arrives. */
		pausedAt: timestamp('paused_at', { withTimezone: true }),
		/** The access point whose PC sent it; null from a citizen's own device. */
		accessPointId: uuid('access_point_id').references(() => accessPoints.id, {
			onDelete: 'set null'
		}),
		/** The coached session it came from (who did what goes with the dossier, issue 7). */
		coachingRecordId: uuid('coaching_record_id'),
		channel: text('channel', { enum: dossierChannels }).notNull().default('home'),
		/** When the result was ready: the on-time rate compares its Vietnamese day with the due date. */
		resultAt: timestamp('result_at', { withTimezone: true })
	},
	(t) => [
		// A second guard, below the mutation ids, against one slip becoming two dossiers.
		unique('dossiers_client_reference_key').on(t.clientId, t.clientReference),
		index('dossiers_ward_due_idx').on(t.wardCode, t.status, t.dueDate),
		// The dashboard's scans: a ward's or an access point's dossiers in a period.
		index('dossiers_ward_received_idx').on(t.wardCode, t.receivedAt),
		index('dossiers_point_received_idx').on(t.accessPointId, t.receivedAt)
	]
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
		note: text('note'),
		/** Null on events written before actions were recorded. */
		action: text('action').$type<DossierEventAction>(),
		/** The officer; null for the citizen (receipt, supplement) and the system. */
		actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
		/** Reasons, delivery method, paused days: never more personal data than needed. */
		details: jsonb('details').$type<Record<string, unknown>>()
	},
	(t) => [index('dossier_events_dossier_idx').on(t.dossierId, t.id)]
);

/** Form 04 (phiếu xin lỗi và hẹn lại ngày trả kết quả): each one is counted. */
export const dossierApologies = pgTable(
	'dossier_apologies',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		dossierId: uuid('dossier_id')
			.notNull()
			.references(() => dossiers.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		reason: text('reason').notNull(),
		oldDate: date('old_date', { mode: 'string' }).notNull(),
		newDate: date('new_date', { mode: 'string' }).notNull(),
		officerId: uuid('officer_id').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('dossier_apologies_dossier_idx').on(t.dossierId, t.id)]
);

/**
 * An extension for verification (the procedure's longer time limit "if verification is needed"):
 * it moves `due_date` and leaves `original_due_date` alone, so the on-time figure, which reads
 * coalesce(original_due_date, due_date), counts against the extended date. Within the allowance
 * only; beyond it the apology (form 04) is the way, as before.
 */
export const dossierExtensions = pgTable(
	'dossier_extensions',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		dossierId: uuid('dossier_id')
			.notNull()
			.references(() => dossiers.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		reason: text('reason').notNull(),
		workingDays: integer('working_days').notNull(),
		oldDate: date('old_date', { mode: 'string' }).notNull(),
		newDate: date('new_date', { mode: 'string' }).notNull(),
		officerId: uuid('officer_id').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [index('dossier_extensions_dossier_idx').on(t.dossierId, t.id)]
);

/** One reason of a supplement request: a document field of the procedure, or a free label. */
export type SupplementReason = { fieldId?: string; label: string };

/** Form 02 (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ). */
export const dossierSupplementRequests = pgTable(
	'dossier_supplement_requests',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		dossierId: uuid('dossier_id')
			.notNull()
			.references(() => dossiers.id, { onDelete: 'cascade' }),
		reasons: jsonb('reasons').$type<SupplementReason[]>().notNull(),
		otherReason: text('other_reason'),
		requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
		requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
		fulfilledAt: timestamp('fulfilled_at', { withTimezone: true })
	},
	(t) => [index('dossier_supplement_requests_dossier_idx').on(t.dossierId, t.id)]
);

/** Form 06 (phiếu kiểm soát quá trình giải quyết): who handed the dossier to whom, when. */
export const dossierAssignments = pgTable(
	'dossier_assignments',
	{
		id: bigserial('id', { mode: 'number' }).primaryKey(),
		dossierId: uuid('dossier_id')
			.notNull()
			.references(() => dossiers.id, { onDelete: 'cascade' }),
		at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
		fromUserId: uuid('from_user_id').references(() => users.id, { onDelete: 'set null' }),
		toUserId: uuid('to_user_id').references(() => users.id, { onDelete: 'set null' }),
		byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
		note: text('note')
	},
	(t) => [index('dossier_assignments_dossier_idx').on(t.dossierId, t.id)]
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
 * Saturdays and Sundays worked in exchange for a bridge day off (ngày làm bù), as the
 * government's yearly decision sets them: due dates count them as working days. Administrator's
 * rows only; nothing generates them.
 */
export const calendarMakeUpDays = pgTable('calendar_make_up_days', {
	date: date('date', { mode: 'string' }).primaryKey(),
	nameVi: text('name_vi').notNull(),
	nameEn: text('name_en').notNull()
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
