import { and, eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { Answers } from '$lib/domain/procedures/answers';
import { resolveProcedure } from '$lib/domain/procedures/registry';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import { todayInVietnam } from '$lib/domain/validation/dates';
import type { Database } from '../db/client';
import { dossierEvents, dossiers } from '../db/schema';
import { unitLookupFor } from '../trpc/routers/procedures.router';
import { dossierDueDate } from './calendar';
import { agencyCodeSetting, nextDossierCode } from './dossier-code';

export type DossierSubmission = {
	clientId: string;
	clientReference: string;
	procedureId: string;
	procedureVersion: number;
	answers: Answers;
};

export type AcceptedDossier = { code: string; receivedAt: Date; dueDate: string };

/**
 * Validates an application again on the server (the browser's check is a convenience, not a
 * guarantee), assigns its code and due date, and records it with its first event. Run inside
 * the push transaction: the code sequence and the client's mutation id commit together.
 * Refusals are AppErrors, which the push records as failed mutations.
 */
export async function acceptDossier(
	tx: Database,
	submission: DossierSubmission,
	now: Date
): Promise<AcceptedDossier> {
	const { clientId, clientReference } = submission;
	// The same slip sent again under a new mutation id (e.g. after restoring a backup): same dossier.
	const [existing] = await tx
		.select({ code: dossiers.code, receivedAt: dossiers.receivedAt, dueDate: dossiers.dueDate })
		.from(dossiers)
		.where(and(eq(dossiers.clientId, clientId), eq(dossiers.clientReference, clientReference)))
		.limit(1);
	if (existing) return existing;

	const lookup = resolveProcedure(submission.procedureId, submission.procedureVersion);
	if (!lookup.ok) throw new AppError('unknown_procedure');
	const { definition } = lookup;
	const units = await unitLookupFor(tx, submission.answers);
	const result = validateApplication(definition, submission.answers, {
		today: todayInVietnam(now),
		units
	});
	if (!result.ok) throw new AppError('invalid_input');

	const agencyCode = await agencyCodeSetting(tx);
	const { code } = await nextDossierCode(tx, agencyCode, now);
	const dueDate = await dossierDueDate(tx, definition.timeLimit, now);
	const [dossier] = await tx
		.insert(dossiers)
		.values({
			code,
			procedureId: definition.id,
			procedureVersion: definition.version,
			answers: result.application.answers,
			clientId,
			clientReference,
			receivedAt: now,
			dueDate,
			status: 'received'
		})
		.returning({ id: dossiers.id });
	await tx
		.insert(dossierEvents)
		.values({ dossierId: dossier!.id, at: now, status: 'received', note: 'Đã tiếp nhận' });
	return { code, receivedAt: now, dueDate };
}
