import {
	boolean,
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { accessPoints } from './access-points';
import { users } from './users';

/**
 * Coached and practice sessions as devices report them through the outbox: no personal data,
 * only how each step was done. The outcome counts are stored beside the step list so the
 * dashboard sums columns instead of unpacking JSON.
 */
export const coachingRecords = pgTable(
	'coaching_records',
	{
		/** Made on the device, so a resend of the same record is recognised. */
		id: uuid('id').primaryKey(),
		accessPointId: uuid('access_point_id')
			.notNull()
			.references(() => accessPoints.id),
		volunteerId: uuid('volunteer_id')
			.notNull()
			.references(() => users.id),
		procedureId: text('procedure_id').notNull(),
		procedureVersion: integer('procedure_version').notNull(),
		practice: boolean('practice').notNull(),
		startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
		endedAt: timestamp('ended_at', { withTimezone: true }).notNull(),
		durationMs: integer('duration_ms').notNull(),
		steps: jsonb('steps').notNull(),
		stepsTotal: integer('steps_total').notNull(),
		stepsAlone: integer('steps_alone').notNull(),
		stepsHint: integer('steps_hint').notNull(),
		stepsExplain: integer('steps_explain').notNull(),
		stepsDemonstrate: integer('steps_demonstrate').notNull(),
		stepsVolunteer: integer('steps_volunteer').notNull(),
		/** A random code the citizen may keep to see progress next time; never a name. */
		skillCard: text('skill_card'),
		clientId: text('client_id').notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('coaching_records_point_idx').on(t.accessPointId, t.startedAt),
		index('coaching_records_volunteer_idx').on(t.volunteerId, t.startedAt),
		index('coaching_records_skill_card_idx').on(t.skillCard, t.startedAt)
		// And coaching_records_card_sessions_idx, with INCLUDE columns: migration 0019 only.
	]
);

/** "Gửi đánh giá": the overall answer and up to three criteria, 0–2 points each. */
export const ratings = pgTable(
	'ratings',
	{
		id: uuid('id').primaryKey(),
		accessPointId: uuid('access_point_id')
			.notNull()
			.references(() => accessPoints.id),
		procedureId: text('procedure_id'),
		coachingRecordId: uuid('coaching_record_id'),
		overall: text('overall', { enum: ['very_satisfied', 'satisfied', 'unsatisfied'] }).notNull(),
		criteria: jsonb('criteria').notNull(),
		at: timestamp('at', { withTimezone: true }).notNull(),
		clientId: text('client_id').notNull(),
		receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('ratings_point_idx').on(t.accessPointId, t.at)]
);

/** Who is on duty when, set by the access point's manager. */
export const shifts = pgTable(
	'shifts',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		accessPointId: uuid('access_point_id')
			.notNull()
			.references(() => accessPoints.id),
		volunteerId: uuid('volunteer_id')
			.notNull()
			.references(() => users.id),
		startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
		endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
		createdBy: uuid('created_by').references(() => users.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('shifts_point_idx').on(t.accessPointId, t.startsAt)]
);
