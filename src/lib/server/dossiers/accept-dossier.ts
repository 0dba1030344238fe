import { and, eq } from 'drizzle-orm';
import { AppError, type AppErrorCode } from '$lib/errors/app-error';
import type { Answers } from '$lib/domain/procedures/answers';
import { resolveProcedure } from '$lib/domain/procedures/registry';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import { todayInVietnam } from '$lib/domain/validation/dates';
import { attachmentUses } from '../attachments/dossier-attachments';
import type { Database } from '../db/client';
import { dossiers } from '../db/schema';
import { noMemo, type Memo } from '../memo';
import { unitLookupFor } from '../trpc/routers/procedures.router';
import { dossierDueDate, dueDateYears, workingCalendarFrom } from './calendar';
import { agencyCodeSetting } from './dossier-code';
import { insertDossier } from './insert-dossier';

export type DossierSubmission = {
	clientId: string;
	clientReference: string;
	procedureId: string;
	procedureVersion: number;
	answers: Answers;
};

export type AcceptedDossier = { code: string; receivedAt: Date; dueDate: string };

async function existingDossier(
	tx: Database,
	clientId: string,
	clientReference: string
): Promise<AcceptedDossier | undefined> {
	const [existing] = await tx
		.select({ code: dossiers.code, receivedAt: dossiers.receivedAt, dueDate: dossiers.dueDate })
		.from(dossiers)
		.where(and(eq(dossiers.clientId, clientId), eq(dossiers.clientReference, clientReference)))
		.limit(1);
	return existing;
}

/**
 * Validates an application again on the server (the browser's check is a convenience, not a
 * guarantee), checks that its files have arrived, assigns its code and due date, and records it
 * with its first event. Run inside the push transaction: the code sequence and the client's
 * mutation id commit together. Refusals are AppErrors, which the push records as failed
 * mutations; all come before the one statement that writes (see insertDossier), so the push needs
 * no savepoint. `memo` lets one push read the agency code, calendar and units once.
 */
export async function acceptDossier(
	tx: Database,
	submission: DossierSubmission,
	now: Date,
	memo: Memo = noMemo
): Promise<AcceptedDossier> {
	const { clientId, clientReference } = submission;
	// The same slip sent again under a new mutation id (e.g. after restoring a backup) gets its
	// first dossier, even if it would not pass today: looked up only on the way out, as it is rare.
	const refuse = async (code: AppErrorCode): Promise<AcceptedDossier> => {
		const existing = await existingDossier(tx, clientId, clientReference);
		if (existing) return existing;
		throw new AppError(code);
	};

	const lookup = resolveProcedure(submission.procedureId, submission.procedureVersion);
	if (!lookup.ok) return refuse('unknown_procedure');
	const { definition } = lookup;
	const units = await unitLookupFor(tx, submission.answers, memo);
	const result = validateApplication(definition, submission.answers, {
		today: todayInVietnam(now),
		units
	});
	if (!result.ok) return refuse('invalid_input');
	const { answers } = result.application;
	// Every file must be uploaded first (attachments.putChunk) and named by its hash.
	const files = attachmentUses(definition, answers);
	if (files.some(({ ref }) => ref.sha256 === undefined)) return refuse('attachment_missing');

	const agencyCode = await memo('agencyCode', () => agencyCodeSetting(tx));
	const years = dueDateYears(now);
	const calendar = await memo(`calendar:${years.join(',')}`, () => workingCalendarFrom(tx, years));
	const dueDate = await dossierDueDate(tx, definition.timeLimit, now, calendar);
	const outcome = await insertDossier(tx, {
		clientId,
		clientReference,
		procedureId: definition.id,
		procedureVersion: definition.version,
		answers,
		receivedAt: now,
		dueDate,
		agencyCode,
		files
	});
	if (outcome.kind === 'inserted') return { code: outcome.code, receivedAt: now, dueDate };
	return refuse('attachment_missing');
}
