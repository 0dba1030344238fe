import { z } from 'zod';
import {
	deliverySchema,
	factBasisSchema,
	fieldOfLawSchema,
	idSchema,
	isoDateSchema,
	levelSchema,
	localizedTextSchema,
	mimeTypeSchema
} from './common.schema';
import { conditionSchema, fieldRefSchema } from './condition';
import { stepSchema } from './field.schema';
import { practiceCaseSchema } from './practice-case.schema';

const positiveInt = z.number().int().positive();

/** "15h rule": a same-day procedure received after 15:00 is due the next working day. */
export const timeLimitSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		kind: z.literal('same_day'),
		cutoffHour: z.literal(15),
		/** Due date = day of receipt + this many working days, when verification is needed. */
		extraDaysIfVerification: positiveInt.optional(),
		note: localizedTextSchema.optional(),
		source: factBasisSchema.optional()
	}),
	z.strictObject({
		kind: z.literal('working_days'),
		days: positiveInt,
		daysIfVerification: positiveInt.optional(),
		note: localizedTextSchema.optional(),
		source: factBasisSchema.optional()
	})
]);

export const feeRuleSchema = z.strictObject({
	label: localizedTextSchema,
	amountVnd: z.number().int().nonnegative(),
	/** Without `per`, the amount is charged once per dossier. */
	per: z.enum(['copy', 'page', 'dossier']).optional(),
	channel: z.enum(['online', 'in_person']).optional(),
	/** Tiers by page (or copy) number, inclusive: "from page 3" is `fromUnit: 3`. */
	fromUnit: positiveInt.optional(),
	toUnit: positiveInt.optional(),
	/** For fees set by each province: the province (2-digit code) this figure belongs to. */
	provinceCode: z
		.string()
		.regex(/^\d{2}$/)
		.optional()
});

export const feeSchema = z.strictObject({
	rules: z.array(feeRuleSchema),
	exemptions: z.array(localizedTextSchema),
	note: localizedTextSchema.optional(),
	setByProvince: z.boolean().optional(),
	/** Ceiling for one copy, e.g. 200,000 đ for a certified copy however many pages. */
	maxPerCopyVnd: positiveInt.optional(),
	/** Where the numbers of copies and pages are answered. Unanswered counts as 1. */
	quantities: z
		.strictObject({ copies: fieldRefSchema.optional(), pages: fieldRefSchema.optional() })
		.optional(),
	/** An answer that makes the applicant exempt (e.g. a poor household). */
	exemptIf: conditionSchema.optional(),
	source: factBasisSchema.optional()
});

export const documentSlotSchema = z.strictObject({
	id: idSchema,
	name: localizedTextSchema,
	required: z.union([z.boolean(), conditionSchema]),
	acceptedTypes: z.array(mimeTypeSchema).min(1),
	maxFiles: positiveInt.max(20),
	maxSizeMb: z.number().positive().max(20),
	note: localizedTextSchema.optional()
});

export const procedureDefinitionSchema = z
	.strictObject({
		/** Portal code where known (e.g. '2.000986'), else a stable slug. */
		id: z.string().regex(/^(\d\.\d{6}|[a-z0-9]+(-[a-z0-9]+)*)$/),
		version: positiveInt,
		/** Place in the catalogue list, smallest first (the procedures citizens come for most). */
		catalogueOrder: positiveInt.optional(),
		/** The day this version takes effect; without it, as soon as it is published. */
		effectiveFrom: isoDateSchema.optional(),
		/** The day this version stops applying (the law behind it ends). */
		effectiveTo: isoDateSchema.optional(),
		/**
		 * Days a draft started on this version may still be finished and sent under it after the
		 * next version takes effect (30 when not given).
		 */
		draftGraceDays: z.number().int().nonnegative().max(365).optional(),
		slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		/** All portal codes this procedure answers to, when there are several. */
		portalCodes: z.array(z.string().regex(/^\d\.\d{6}$/)).optional(),
		name: localizedTextSchema,
		summary: localizedTextSchema,
		whoMayApply: localizedTextSchema,
		field: fieldOfLawSchema,
		level: levelSchema,
		/** Decree 224/2026 requires a published reason for every partly-online service. */
		partialReason: localizedTextSchema.optional(),
		authority: localizedTextSchema,
		legalBasis: z.array(localizedTextSchema).min(1),
		timeLimit: timeLimitSchema,
		fee: feeSchema,
		delivery: z.array(deliverySchema).min(1),
		/** The person must come in person; Decision 45/2016 then excludes delivery by post. */
		inPersonRequired: z.boolean().optional(),
		result: z
			.strictObject({ name: localizedTextSchema, validityMonths: positiveInt.optional() })
			.optional(),
		documents: z.array(documentSlotSchema),
		steps: z.array(stepSchema).min(1),
		/** Fictional answers for practice mode; must pass validation. */
		sampleCase: z.record(idSchema, z.record(idSchema, z.unknown())).optional(),
		/** Exercises for practice mode, each with its papers and the answers it implies. */
		practiceCases: z.array(practiceCaseSchema).optional()
	})
	.superRefine((definition, ctx) => {
		const problem = (message: string, path: PropertyKey[]) =>
			ctx.addIssue({ code: 'custom', message, path });
		if (definition.level === 'partial' && !definition.partialReason) {
			problem('a partly-online procedure needs partialReason', ['partialReason']);
		}
		if (definition.inPersonRequired && definition.delivery.includes('post')) {
			problem('procedures that require presence are excluded from post', ['delivery']);
		}
		if (new Set(definition.delivery).size !== definition.delivery.length) {
			problem('delivery methods repeat', ['delivery']);
		}
		const stepIds = definition.steps.map((step) => step.id);
		if (new Set(stepIds).size !== stepIds.length) problem('step ids repeat', ['steps']);
		definition.steps.forEach((step, index) => {
			const fieldIds = step.fields.map((field) => field.id);
			if (new Set(fieldIds).size !== fieldIds.length) {
				problem(`field ids repeat in step ${step.id}`, ['steps', index]);
			}
		});
		const slotIds = definition.documents.map((slot) => slot.id);
		if (new Set(slotIds).size !== slotIds.length) problem('slot ids repeat', ['documents']);
	});

export type ProcedureDefinition = z.infer<typeof procedureDefinitionSchema>;
export type TimeLimit = z.infer<typeof timeLimitSchema>;
export type Fee = z.infer<typeof feeSchema>;
export type FeeRule = z.infer<typeof feeRuleSchema>;
export type DocumentSlot = z.infer<typeof documentSlotSchema>;
