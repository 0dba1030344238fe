import { z } from 'zod';
import { safeText } from '../text/safe-text';
import { stepSummarySchema } from './attribution';
import { skillCardPattern } from './skill-card-code';

/**
 * The record of one coached (or practice) session that syncs to the server through the outbox.
 * It holds no personal data: procedure, step outcomes, rungs, durations, the volunteer's id and
 * the access point. The id is made on the device, so a resend is recognised.
 */
export const coachingRecordSchema = z.strictObject({
	id: z.uuid(),
	accessPointId: z.uuid(),
	volunteerId: z.uuid(),
	procedureId: safeText({ min: 1, max: 64 }),
	procedureVersion: z.number().int().positive(),
	practice: z.boolean(),
	startedAt: z.iso.datetime(),
	endedAt: z.iso.datetime(),
	steps: z.array(stepSummarySchema).min(1).max(100),
	/** The citizen's skill card, when they agreed to keep one: a random code, not a person. */
	skillCard: z.string().regex(skillCardPattern).optional()
});
export type CoachingRecord = z.infer<typeof coachingRecordSchema>;

/** "Gửi đánh giá": the overall answer and at most three of the nine criteria (DOMAIN.md). */
export const satisfactionLevels = ['very_satisfied', 'satisfied', 'unsatisfied'] as const;
export const ratingCriteria = [
	'total_time',
	'time_per_agency',
	'contacts',
	'agencies',
	'one_stop_desk',
	'publication',
	'staff_attitude',
	'feedback_handling',
	'online_service'
] as const;

export const ratingSchema = z.strictObject({
	id: z.uuid(),
	accessPointId: z.uuid(),
	procedureId: safeText({ min: 1, max: 64 }).optional(),
	coachingRecordId: z.uuid().optional(),
	overall: z.enum(satisfactionLevels),
	/** 0–2 points each, as the provincial questionnaire scores them. */
	criteria: z
		.partialRecord(z.enum(ratingCriteria), z.number().int().min(0).max(2))
		.refine((c) => Object.keys(c).length <= 3, 'at most three criteria'),
	at: z.iso.datetime()
});
export type Rating = z.infer<typeof ratingSchema>;
