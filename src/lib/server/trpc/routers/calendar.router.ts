import { z } from 'zod';
import { safeText } from '$lib/domain/text/safe-text';
import { isIsoDate } from '$lib/domain/calendar/iso-date';
import { dayOffKinds, daysOffOfYear, removeDayOff, setDayOff } from '../../calendar/days-off';
import {
	dayOffReceiptRule,
	dayOffReceiptRules,
	setDayOffReceiptRule
} from '../../calendar/day-off-rule';
import { makeUpDaysOfYear, removeMakeUpDay, setMakeUpDay } from '../../calendar/make-up-days';
import { adminProcedure, createRouter, publicProcedure } from '../trpc';

const isoDate = z.string().max(10).refine(isIsoDate, 'yyyy-mm-dd');
/** Far enough either way for any dossier; a bound, since reading a year fills it. */
const year = z.number().int().min(2000).max(2100);
const dateInRange = isoDate.refine((date) => year.safeParse(Number(date.slice(0, 4))).success);
const name = safeText({ min: 1, max: 200 });

/**
 * The days off that due dates skip, and the make-up days they count (DOMAIN.md: the government fixes Tết and bridge days each
 * year, so an administrator keeps this table). Reading is public: days off are public
 * information, and the wizard may show an expected date before anyone logs in. Every change is
 * audit-logged; it counts for dossiers received afterwards, issued due dates stay as they are.
 */
export const calendarRouter = createRouter({
	/** The year's rows in date order, filled from the generated defaults the first time. */
	daysOff: publicProcedure
		.input(z.object({ year }))
		.query(({ ctx, input }) => daysOffOfYear(ctx.db, input.year)),

	/** Adds a day off or corrects one (name, kind); the row becomes the administrator's. */
	setDayOff: adminProcedure
		.input(
			z.object({
				date: dateInRange,
				nameVi: name,
				nameEn: name,
				kind: z.enum(dayOffKinds)
			})
		)
		.mutation(({ ctx, input }) => setDayOff(ctx.db, ctx.user.id, input)),

	/** Makes a day a working day again, generated or not; it is not generated back later. */
	removeDayOff: adminProcedure
		.input(z.object({ date: dateInRange }))
		.mutation(({ ctx, input }) => removeDayOff(ctx.db, ctx.user.id, input.date)),

	/** Whether the next working day after a receipt on a day off is day 1 or day 0. */
	dayOffRule: publicProcedure.query(({ ctx }) => dayOffReceiptRule(ctx.db)),

	setDayOffRule: adminProcedure
		.input(z.object({ rule: z.enum(dayOffReceiptRules) }))
		.mutation(({ ctx, input }) => setDayOffReceiptRule(ctx.db, ctx.user.id, input.rule)),

	/** The year's make-up working days (a Saturday worked for a bridge day), public like days off. */
	makeUpDays: publicProcedure
		.input(z.object({ year }))
		.query(({ ctx, input }) => makeUpDaysOfYear(ctx.db, input.year)),

	/** Adds or renames a make-up day: a Saturday or Sunday that is not a day off. */
	setMakeUpDay: adminProcedure
		.input(z.object({ date: dateInRange, nameVi: name, nameEn: name }))
		.mutation(({ ctx, input }) => setMakeUpDay(ctx.db, ctx.user.id, input)),

	removeMakeUpDay: adminProcedure
		.input(z.object({ date: dateInRange }))
		.mutation(({ ctx, input }) => removeMakeUpDay(ctx.db, ctx.user.id, input.date))
});
