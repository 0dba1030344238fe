import { z } from 'zod';

/**
 * A province's own figure for a procedure whose fee the province sets ("theo mức thu của tỉnh":
 * the People's Council's resolution), as the administrator enters it at /quan-tri/muc-thu. 0 is
 * allowed: some provinces charge nothing.
 */
export const provinceFeeUnits = ['dossier', 'copy'] as const;
export type ProvinceFeeUnit = (typeof provinceFeeUnits)[number];

export const provinceFeeSchema = z.object({
	provinceCode: z.string().regex(/^\d{2}$/),
	procedureId: z.string().min(1).max(100),
	amountVnd: z.number().int().min(0).max(100_000_000),
	per: z.enum(provinceFeeUnits),
	/** What the amount is for, when not simply the procedure's fee. */
	label: z.string().max(200).optional(),
	note: z.string().max(500).optional(),
	/** The resolution that sets it: 'Nghị quyết 12/2025/NQ-HĐND'. */
	decision: z.string().max(200).optional()
});

export type ProvinceFee = z.infer<typeof provinceFeeSchema>;

/** The figures of one province (the office's), as devices keep them. */
export type ProvinceFeeSchedule = { provinceCode: string; fees: readonly ProvinceFee[] };

/** The province's figure for one procedure, when the schedule has one. */
export function provinceFeeFor(
	schedule: ProvinceFeeSchedule | undefined,
	procedureId: string
): ProvinceFee | undefined {
	return schedule?.fees.find(
		(fee) => fee.procedureId === procedureId && fee.provinceCode === schedule.provinceCode
	);
}
