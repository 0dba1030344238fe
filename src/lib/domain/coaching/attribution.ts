import { z } from 'zod';
import { safeText } from '../text/safe-text';

/**
 * Who did what in a coached session. The volunteer climbs a ladder only as far as needed —
 * "Gợi ý" (show where), "Giải thích" (explain), "Làm mẫu" (demonstrate on a sample copy) — and
 * takes over ("Làm giúp") only after a confirmation that it will be recorded. Each field keeps
 * the highest rung used before the citizen filled it, or that the volunteer filled it.
 */
export const rungs = ['hint', 'explain', 'demonstrate'] as const;
export type Rung = (typeof rungs)[number];

/** Step and session outcomes, from the citizen's best to the volunteer's take-over. */
export const outcomes = ['alone', 'hint', 'explain', 'demonstrate', 'volunteer'] as const;
export type Outcome = (typeof outcomes)[number];

export type FieldAttribution = { by: 'citizen'; afterRung: Rung | null } | { by: 'volunteer' };

export type StepAttribution = {
	/** Rungs used on this step (field-level or for the step as a whole), in order. */
	rungsUsed: Rung[];
	fields: Record<string, FieldAttribution>;
	/** Time spent on the step, summed over visits. */
	ms: number;
};

/** Stored with the draft (sealed like the answers): step id → attribution. */
export type Attribution = Record<string, StepAttribution>;

const rankOf = (rung: Rung | null) => (rung === null ? -1 : rungs.indexOf(rung));
const higher = (a: Rung | null, b: Rung | null) => (rankOf(a) >= rankOf(b) ? a : b);

function stepOf(attribution: Attribution, stepId: string): StepAttribution {
	return attribution[stepId] ?? { rungsUsed: [], fields: {}, ms: 0 };
}

/** The volunteer used a rung on this step (for one field, or for the step when none is named). */
export function recordRung(attribution: Attribution, stepId: string, rung: Rung): Attribution {
	const step = stepOf(attribution, stepId);
	return { ...attribution, [stepId]: { ...step, rungsUsed: [...step.rungsUsed, rung] } };
}

/**
 * A field changed. A citizen's edit carries the highest rung used on the step so far; the
 * volunteer's edit (after "Làm giúp") marks the field theirs until the citizen edits it again.
 */
export function recordEdit(
	attribution: Attribution,
	stepId: string,
	fieldId: string,
	by: 'citizen' | 'volunteer'
): Attribution {
	const step = stepOf(attribution, stepId);
	const afterRung = step.rungsUsed.reduce<Rung | null>((best, r) => higher(best, r), null);
	const field: FieldAttribution = by === 'volunteer' ? { by } : { by, afterRung };
	return { ...attribution, [stepId]: { ...step, fields: { ...step.fields, [fieldId]: field } } };
}

export function recordTime(attribution: Attribution, stepId: string, ms: number): Attribution {
	const step = stepOf(attribution, stepId);
	return { ...attribution, [stepId]: { ...step, ms: step.ms + Math.max(0, Math.round(ms)) } };
}

/**
 * A step's outcome: the volunteer's if they filled any field of it; otherwise the highest rung
 * the citizen needed; 'alone' when no help was used.
 */
export function stepOutcome(step: StepAttribution | undefined): Outcome {
	if (!step) return 'alone';
	const fields = Object.values(step.fields);
	if (fields.some((f) => f.by === 'volunteer')) return 'volunteer';
	const rung = step.rungsUsed.reduce<Rung | null>((best, r) => higher(best, r), null);
	return rung ?? 'alone';
}

/** What a coaching record keeps of one step: no answers, no names, only how it was done. */
export const stepSummarySchema = z.strictObject({
	stepId: safeText({ min: 1, max: 64 }),
	outcome: z.enum(outcomes),
	ms: z
		.number()
		.int()
		.nonnegative()
		.max(24 * 3_600_000),
	hints: z.number().int().nonnegative().max(1_000),
	explanations: z.number().int().nonnegative().max(1_000),
	demonstrations: z.number().int().nonnegative().max(1_000),
	fieldsByVolunteer: z.number().int().nonnegative().max(1_000)
});
export type StepSummary = z.infer<typeof stepSummarySchema>;

export type OutcomeCounts = Record<Outcome, number>;

/** One line per step, in the order the steps were shown. */
export function summarizeSteps(
	stepIds: readonly string[],
	attribution: Attribution
): StepSummary[] {
	return stepIds.map((stepId) => {
		const step = attribution[stepId];
		const used = step?.rungsUsed ?? [];
		return {
			stepId,
			outcome: stepOutcome(step),
			ms: step?.ms ?? 0,
			hints: used.filter((r) => r === 'hint').length,
			explanations: used.filter((r) => r === 'explain').length,
			demonstrations: used.filter((r) => r === 'demonstrate').length,
			fieldsByVolunteer: Object.values(step?.fields ?? {}).filter((f) => f.by === 'volunteer')
				.length
		};
	});
}

export function countOutcomes(steps: readonly { outcome: Outcome }[]): OutcomeCounts {
	const counts: OutcomeCounts = { alone: 0, hint: 0, explain: 0, demonstrate: 0, volunteer: 0 };
	for (const step of steps) counts[step.outcome]++;
	return counts;
}
