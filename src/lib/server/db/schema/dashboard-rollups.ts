import { boolean, date, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';

/**
 * The whole installation's daily totals, for the dashboard's "all" scope (a city's year in a few
 * thousand rows instead of a million). Kept by statement-level triggers on the source tables
 * (migration `dashboard_rollup_triggers`), so every write path keeps them, bulk inserts included;
 * a ward's or an access point's figures still come from the source tables by index. Days are
 * Vietnamese days (UTC+7). Never written by the app.
 */
export const dashboardDossiersReceived = pgTable(
	'dashboard_dossiers_received',
	{
		day: date('day', { mode: 'string' }).notNull(),
		procedureId: text('procedure_id').notNull(),
		channel: text('channel').notNull(),
		dossiers: integer('dossiers').notNull()
	},
	(t) => [primaryKey({ columns: [t.day, t.procedureId, t.channel] })]
);

/** Results by the Vietnamese day they were ready, and how many by the date first promised. */
export const dashboardDossierResults = pgTable('dashboard_dossier_results', {
	day: date('day', { mode: 'string' }).primaryKey(),
	decided: integer('decided').notNull(),
	onTime: integer('on_time').notNull()
});

/** Dossiers waiting now (received or processing) by their due date: "overdue now" in one sum. */
export const dashboardDossiersWaiting = pgTable('dashboard_dossiers_waiting', {
	dueDate: date('due_date', { mode: 'string' }).primaryKey(),
	dossiers: integer('dossiers').notNull()
});

/** Coached and practice sessions and their steps by day. */
export const dashboardCoaching = pgTable(
	'dashboard_coaching',
	{
		day: date('day', { mode: 'string' }).notNull(),
		practice: boolean('practice').notNull(),
		sessions: integer('sessions').notNull(),
		stepsTotal: integer('steps_total').notNull(),
		stepsAlone: integer('steps_alone').notNull(),
		stepsAfterHelp: integer('steps_after_help').notNull(),
		stepsVolunteer: integer('steps_volunteer').notNull()
	},
	(t) => [primaryKey({ columns: [t.day, t.practice] })]
);

export const dashboardRatings = pgTable(
	'dashboard_ratings',
	{
		day: date('day', { mode: 'string' }).notNull(),
		overall: text('overall').notNull(),
		ratings: integer('ratings').notNull()
	},
	(t) => [primaryKey({ columns: [t.day, t.overall] })]
);

/** Per criterion: how many answered it and the sum of their points (the average is points / answers). */
export const dashboardRatingCriteria = pgTable(
	'dashboard_rating_criteria',
	{
		day: date('day', { mode: 'string' }).notNull(),
		criterion: text('criterion').notNull(),
		answers: integer('answers').notNull(),
		points: integer('points').notNull()
	},
	(t) => [primaryKey({ columns: [t.day, t.criterion] })]
);
