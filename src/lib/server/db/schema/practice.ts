import {
	index,
	integer,
	jsonb,
	pgTable,
	text,
	timestamp,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { accessPoints } from './access-points';
import { users } from './users';

/**
 * A group practice exercise (IT club): one case, started by a staff member, joined on several
 * PCs by a short code. No personal data: the case is fictional and seats are numbered.
 */
export const practiceExercises = pgTable(
	'practice_exercises',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		/** Six characters shown big on the facilitator's screen; unique among live exercises. */
		code: text('code').notNull(),
		caseId: text('case_id').notNull(),
		createdBy: uuid('created_by')
			.notNull()
			.references(() => users.id),
		accessPointId: uuid('access_point_id').references(() => accessPoints.id),
		createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull()
	},
	(t) => [uniqueIndex('practice_exercises_code_idx').on(t.code), index().on(t.expiresAt)]
);

/** One PC in an exercise: "Máy N", and what it reported when it finished (counts only). */
export const practiceSeats = pgTable(
	'practice_seats',
	{
		id: uuid('id').primaryKey().defaultRandom(),
		exerciseId: uuid('exercise_id')
			.notNull()
			.references(() => practiceExercises.id, { onDelete: 'cascade' }),
		number: integer('number').notNull(),
		/** Hex SHA-256 of the seat's random 128-bit token; the token itself stays on the PC. */
		tokenHash: text('token_hash').notNull(),
		joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
		finishedAt: timestamp('finished_at', { withTimezone: true }),
		stepsTotal: integer('steps_total'),
		stepsAlone: integer('steps_alone'),
		/** Steps per outcome (alone, hint, explain, demonstrate, volunteer). */
		outcomes: jsonb('outcomes')
	},
	(t) => [
		uniqueIndex('practice_seats_number_idx').on(t.exerciseId, t.number),
		uniqueIndex('practice_seats_token_idx').on(t.tokenHash)
	]
);
