import { z } from 'zod';
import { answersShapeSchema } from '$lib/domain/procedures/answers';
import { safeText } from '$lib/domain/text/safe-text';

/**
 * An application as the browser sends it, to `procedures.validate` and inside a queued
 * `dossier.submit` (src/lib/server/sync/dossier-handlers.ts).
 */
export const applicationInput = z.object({
	procedureId: safeText({ min: 1, max: 64 }),
	procedureVersion: z.number().int().positive(),
	answers: answersShapeSchema
});

export type ApplicationInput = z.output<typeof applicationInput>;
