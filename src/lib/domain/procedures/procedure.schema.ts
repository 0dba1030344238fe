import { z } from 'zod';
import {
	deliverySchema,
	fieldOfLawSchema,
	idSchema,
	isoDateSchema,
	levelSchema,
	localizedTextSchema,
	mimeTypeSchema,
	slugSchema
} from './common.schema';
import { conditionSchema, fieldRefSchema } from './condition';
import { stepSchema } from './field.schema';
import { practiceCaseSchema } from './practice-case.schema';
import { ruleUseSchema } from './rules';

const positiveInt = z.number().int().positive();

/**
 * Processing time, with the verification allowance: "15h rule" for same-day procedures (received
 * after 15:00, due the next working day), or a number of working days.
 */
export const timeLimitSchema = z.discriminatedUnion('kind', [
	z.strictObject({
		kind: z.literal('same_day'),
		cutoffHour: z.literal(15),
		/** Due date = day of receipt + this many working days, when verification is needed. */
		extraDaysIfVerification: positiveInt.optional(),
		note: localizedTextSchema.optional()
	}),
	z.strictObject({
		kind: z.literal('working_days'),
		days: positiveInt,
		/** The time limit when the dossier needs verification (xác minh). */
		daysIfVerification: positiveInt.optional(),
		note: localizedTextSchema.optional()
	})
]);

export const feeUnitSchema = z.enum(['dossier', 'copy', 'page']);

export const feeRuleSchema = z.strictObject({
	label: localizedTextSchema,
	amountVnd: z.number().int().nonnegative(),
	/** What the amount is charged for: each dossier, each copy, or each page. */
	per: feeUnitSchema,
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
	/** The amount is set by each province's People's Council ("theo mức của tỉnh"). */
	setByProvince: z.boolean().optional(),
	/** Ceiling for one copy, e.g. 200,000 đ for a certified copy however many pages. */
	maxPerCopyVnd: positiveInt.optional(),
	/** Where the numbers of copies and pages are answered. Unanswered counts as 1. */
	quantities: z
		.strictObject({ copies: fieldRefSchema.optional(), pages: fieldRefSchema.optional() })
		.optional(),
	/** An answer that makes the applicant exempt (e.g. a poor household). */
	exemptIf: conditionSchema.optional()
});

export const documentSlotSchema = z.strictObject({
	id: idSchema,
	name: localizedTextSchema,
	/** The official form number where one exists, e.g. "Mẫu CT01" or "TT 04/2020/TT-BTP". */
	formNumber: z.string().trim().min(1).max(100).optional(),
	required: z.union([z.boolean(), conditionSchema]),
	acceptedTypes: z.array(mimeTypeSchema).min(1),
	maxFiles: positiveInt.max(20),
	maxSizeMb: z.number().positive().max(20),
	note: localizedTextSchema.optional()
});

/** One legal instrument a procedure rests on, and the sentence shown to people. */
export const legalBasisSchema = z.strictObject({
	/** The instrument as it is called, e.g. "Luật Hộ tịch 2014" or "Nghị định 123/2015/NĐ-CP". */
	instrument: z.string().trim().min(1).max(300),
	/** Its official number, e.g. "60/2014/QH13". */
	number: z.string().trim().min(1).max(50).optional(),
	/** The articles that apply, e.g. "Điều 15, 16". */
	article: z.string().trim().min(1).max(200).optional(),
	inForceFrom: isoDateSchema.optional(),
	inForceTo: isoDateSchema.optional(),
	/** What the procedure page shows. */
	text: localizedTextSchema
});

/**
 * Where a fact of the document comes from and whether it has been checked: `fact` is a path in
 * the document (`fee.rules[0].amountVnd`, `timeLimit`). A fact marked unverified is shown with a
 * mark on the procedure page until someone confirms it.
 */
export const sourceSchema = z.strictObject({
	fact: z.string().trim().min(1).max(200),
	verified: z.boolean(),
	/** The instrument and article, or the publication, that states it. */
	reference: z.string().trim().min(1).max(300).optional(),
	url: z
		.url({ protocol: /^https?$/ })
		.max(500)
		.optional(),
	note: localizedTextSchema.optional()
});

/**
 * A procedure document: one version of one procedure, self-contained and declarative. The one
 * definition of the format; `docs/procedure.schema.json` is generated from it and
 * `validateProcedureDocument` adds the checks a schema cannot express.
 */
export const procedureDefinitionSchema = z.strictObject({
	/** The JSON Schema an editor checks the document against; ignored by the app. */
	$schema: z.string().max(500).optional(),
	/** Portal code where known (e.g. '2.000986'), else a stable slug. */
	id: z.string().regex(/^(\d\.\d{6}|[a-z0-9]+(-[a-z0-9]+)*)$/, 'slug'),
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
	slug: slugSchema,
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
	legalBasis: z.array(legalBasisSchema).min(1),
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
	/** Checks between fields, by name (rules/): e.g. the ID number agrees with the birth date. */
	rules: z.array(ruleUseSchema).optional(),
	/** Fictional answers for practice mode; must pass validation. */
	sampleCase: z.record(idSchema, z.record(idSchema, z.unknown())).optional(),
	/** Exercises for practice mode, each with its papers and the answers it implies. */
	practiceCases: z.array(practiceCaseSchema).optional(),
	/** Where each fact comes from, and whether it has been verified. */
	sources: z.array(sourceSchema).optional()
});

/** The same schema under the name the authoring tools use. */
export const procedureDocumentSchema = procedureDefinitionSchema;

export type ProcedureDefinition = z.infer<typeof procedureDefinitionSchema>;
export type TimeLimit = z.infer<typeof timeLimitSchema>;
export type Fee = z.infer<typeof feeSchema>;
export type FeeRule = z.infer<typeof feeRuleSchema>;
export type FeeUnit = z.infer<typeof feeUnitSchema>;
export type DocumentSlot = z.infer<typeof documentSlotSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;
export type FactSource = z.infer<typeof sourceSchema>;
