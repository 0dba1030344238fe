import { z } from 'zod';
import { safeText } from '$lib/domain/text/safe-text';
import { isIsoDate } from '$lib/domain/calendar/iso-date';
import { dossierStatuses } from '$lib/domain/dossier/status';
import { officerActions } from '$lib/domain/dossier/status-machine';
import { APOLOGY_REASON_MAX, APOLOGY_REASON_MIN } from '$lib/domain/dossier/apology';
import {
	EXTENSION_REASON_MAX,
	EXTENSION_REASON_MIN
} from '$lib/domain/dossier/verification-extension';
import { hasErrors } from '$lib/domain/validation/issue';
import { normalizePhone, validatePhone } from '$lib/domain/validation/phone';
import { ATTACHMENT_MAX_BYTES, attachmentTypes } from '../attachments/attachment-store';
import { dossierCodeInput } from '$lib/domain/dossier/dossier-code';
import { dossierChannels } from '$lib/domain/dossier/channel';
import { inboxDueFilters } from '$lib/domain/dossier/inbox-search';

const text = (max: number) => safeText({ min: 1, max });
/** Notes and reasons are typed in a textarea: several lines allowed. */
const note = (max: number) => safeText({ max, multiline: true });

export const inboxInput = z
	.object({
		status: z.enum([...dossierStatuses, 'overdue']).optional(),
		procedureId: safeText({ max: 100 }).optional(),
		/** A whole or partial code; a scanner types the whole one. */
		code: safeText({ max: 100 }).optional(),
		assignedToMe: z.boolean().optional(),
		/** How the dossier reached the office (home, access point alone, with a volunteer). */
		channel: z.enum(dossierChannels).optional(),
		/** While the office owes the result: past its date, due today, or due by Sunday. */
		due: z.enum(inboxDueFilters).optional(),
		/**
		 * The applicant's name (any accents, any case) or phone digits: personal data, so each
		 * such search is audited, by kind and count only.
		 */
		applicant: safeText({ min: 2, max: 100 }).optional(),
		limit: z.number().int().min(1).max(100).default(50),
		offset: z.number().int().min(0).default(0)
	})
	.default({ limit: 50, offset: 0 });

export const codeInput = z.object({ code: dossierCodeInput });

export const supplementReasonInput = z.object({
	fieldId: safeText({ max: 100 }).optional(),
	label: text(300)
});

const phoneInput = z
	.string()
	.trim()
	.max(20)
	.refine((value) => !hasErrors(validatePhone(value)))
	.transform(normalizePhone);

export const deliveryInput = z.discriminatedUnion('method', [
	z.object({ method: z.literal('desk') }),
	z.object({
		method: z.literal('post'),
		recipient: text(200),
		address: z
			.object({
				provinceCode: z.string().regex(/^\d{2}$/),
				communeCode: z
					.string()
					.regex(/^\d{5}$/)
					.optional(),
				communeName: text(200).optional(),
				street: text(300)
			})
			// Two tiers: the province and its commune, by code from the list or typed by name.
			.refine((address) => address.communeCode !== undefined || address.communeName !== undefined),
		phone: phoneInput
	}),
	// The file's fields are optional here so that a missing file gets its own sentence
	// (`result_file_required`, see act.ts) rather than "invalid input".
	z.object({
		method: z.literal('online'),
		fileSha256: z
			.string()
			.regex(/^[0-9a-fA-F]{64}$/)
			.transform((hash) => hash.toLowerCase())
			.optional(),
		fileName: text(255).optional(),
		mimeType: z.enum(attachmentTypes).optional(),
		sizeBytes: z.number().int().positive().max(ATTACHMENT_MAX_BYTES).optional()
	})
]);

export const actInput = z.object({
	code: dossierCodeInput,
	action: z.enum(officerActions),
	note: note(2000).optional(),
	reasons: z.array(supplementReasonInput).max(50).optional(),
	otherReason: note(2000).optional(),
	delivery: deliveryInput.optional()
});

export const apologizeInput = z.object({
	code: dossierCodeInput,
	reason: safeText({ min: APOLOGY_REASON_MIN, max: APOLOGY_REASON_MAX, multiline: true }),
	newDate: z.string().max(10).refine(isIsoDate)
});

/** Working days, checked against the procedure's allowance by the service (at most a month). */
export const extendInput = z.object({
	code: dossierCodeInput,
	reason: safeText({ min: EXTENSION_REASON_MIN, max: EXTENSION_REASON_MAX, multiline: true }),
	workingDays: z.number().int().min(1).max(30)
});

export const assignInput = z.object({
	code: dossierCodeInput,
	officerId: z.uuid(),
	note: note(1000).optional()
});

/** Papers the citizen handed in at the desk for an open supplement request. */
export const supplementAtDeskInput = z.object({
	code: dossierCodeInput,
	note: note(1000).optional()
});

/** Withdrawing a supplement request: a reason, kept on the office's timeline, is required. */
export const withdrawSupplementInput = z.object({
	code: dossierCodeInput,
	reason: safeText({ min: 5, max: 1000, multiline: true })
});

export type SupplementAtDeskInput = z.output<typeof supplementAtDeskInput>;
export type WithdrawSupplementInput = z.output<typeof withdrawSupplementInput>;
export type InboxInput = z.output<typeof inboxInput>;
export type ActInput = z.output<typeof actInput>;
export type ApologizeInput = z.output<typeof apologizeInput>;
export type AssignInput = z.output<typeof assignInput>;
export type ExtendInput = z.output<typeof extendInput>;
export type DeliveryInput = z.output<typeof deliveryInput>;
