import { z } from 'zod';
import { safeText } from '../text/safe-text';
import { rungs } from './attribution';
import { skillCardPattern } from './skill-card-code';
import type { Attribution } from './attribution';

/**
 * A coached session as it is kept with the draft: sealed with the answers under the draft key,
 * so a reload, a crash or "Mở hồ sơ" later carries on with the same attribution. It names the
 * volunteer (an id, for the coaching record) and never what anyone typed.
 */
export type CoachingSnapshot = {
	coach: { id: string; displayName: string; accessPointId: string };
	procedure: { id: string; version: number };
	startedAt: string;
	attribution: Attribution;
	skillCard?: string;
};

const fieldAttributionSchema = z.union([
	z.strictObject({ by: z.literal('citizen'), afterRung: z.enum(rungs).nullable() }),
	z.strictObject({ by: z.literal('volunteer') })
]);

const stepAttributionSchema = z.strictObject({
	rungsUsed: z.array(z.enum(rungs)).max(1_000),
	fields: z.record(safeText({ max: 64 }), fieldAttributionSchema),
	ms: z.number().int().nonnegative()
});

export const coachingSnapshotSchema = z.strictObject({
	coach: z.strictObject({
		id: z.uuid(),
		displayName: safeText({ max: 200 }),
		accessPointId: z.uuid()
	}),
	procedure: z.strictObject({
		id: safeText({ min: 1, max: 64 }),
		version: z.number().int().positive()
	}),
	startedAt: z.iso.datetime(),
	attribution: z.record(safeText({ max: 64 }), stepAttributionSchema),
	skillCard: z.string().regex(skillCardPattern).optional()
}) satisfies z.ZodType<CoachingSnapshot>;

/**
 * What a sealed draft held is read back through this: a record written by an older version, or
 * damaged, loses its coaching (the citizen's answers still open) rather than the whole draft.
 */
export function readCoachingSnapshot(value: unknown): CoachingSnapshot | undefined {
	const parsed = coachingSnapshotSchema.safeParse(value);
	return parsed.success ? parsed.data : undefined;
}
