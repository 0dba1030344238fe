import { z } from 'zod';
import { normalizeSkillCardCode, skillCardPattern } from '$lib/domain/coaching/skill-card-code';
import { isIsoDate } from '$lib/domain/validation/dates';
import { helpLog } from '../../coaching/help-log';
import {
	defaultSkillCardSettings,
	skillCardProgress,
	type SkillCardSettings
} from '../../coaching/skill-card';
import { createRouter, publicProcedure, volunteerProcedure } from '../trpc';

/** Printed on the summary slip, typed back on the next visit (see normalizeSkillCardCode). */
const skillCardCode = z
	.string()
	.max(32)
	.transform((code) => normalizeSkillCardCode(code) ?? code)
	.pipe(z.string().regex(skillCardPattern));

const isoDate = z.string().max(10).refine(isIsoDate, 'yyyy-mm-dd');

const myLogInput = z
	.object({ from: isoDate.optional(), to: isoDate.optional() })
	.refine((range) => !range.from || !range.to || range.from <= range.to, 'from after to');

export function createCoachingRouter(overrides: Partial<SkillCardSettings> = {}) {
	const settings: SkillCardSettings = { ...defaultSkillCardSettings, ...overrides };
	return createRouter({
		/**
		 * Public: the card's code is the citizen's only key. Answers dates, procedures and step
		 * counts of the card's sessions, oldest first; misses are rate-limited per address.
		 */
		skillCardProgress: publicProcedure
			.input(z.object({ code: skillCardCode }))
			.query(async ({ ctx, input }) => ({
				sessions: await skillCardProgress(ctx.db, input.code, ctx.clientAddress, settings)
			})),

		/** The caller's own sessions between two Vietnamese days (inclusive), and totals. */
		myLog: volunteerProcedure
			.input(myLogInput)
			.query(({ ctx, input }) => helpLog(ctx.db, ctx.user.id, input))
	});
}

export const coachingRouter = createCoachingRouter();
