import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { safeText } from '$lib/domain/text/safe-text';
import { resumedDueDate } from '$lib/domain/dossier/clock-pause';
import { transition } from '$lib/domain/dossier/status-machine';
import { localDateAndTime } from '$lib/domain/calendar/working-days';
import { todayInVietnam } from '$lib/domain/validation/dates';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { publishedVersion } from '../procedures/procedure-store';
import {
	attachmentBlobs,
	auditLog,
	dossierAttachments,
	dossierEvents,
	dossierSupplementRequests,
	dossiers
} from '../db/schema';
import { startAttempt } from '../rate-limit';
import { dossierCodeInput } from '$lib/domain/dossier/dossier-code';
import { workingCalendarFrom } from '../calendar/working-calendar';
import { defaultLookupSettings, phoneMatches } from './lookup-dossier';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** The outbox entry "Bổ sung hồ sơ" queues: the code and digits as in the look-up, and the files. */
export const dossierSupplementInput = z.object({
	code: dossierCodeInput,
	phoneLast4: z
		.string()
		.max(20)
		.trim()
		.regex(/^\d{4}$/),
	files: z
		.array(
			z.object({
				stepId: safeText({ min: 1, max: 100 }),
				fieldId: safeText({ min: 1, max: 100 }),
				fileName: safeText({ min: 1, max: 255 }),
				mimeType: safeText({ min: 1, max: 100 }),
				sizeBytes: z.number().int().positive(),
				sha256
			})
		)
		.min(1)
		.max(50)
});

export type DossierSupplement = z.output<typeof dossierSupplementInput>;

export type SupplementOutcome = { code: string; status: 'processing'; dueDate: string };

/**
 * Which document fields (by step) the dossier's version of the procedure has: the only places a
 * file may go. That version may have been replaced or retired since the dossier was sent.
 */
async function documentFields(db: Database, procedureId: string, version: number) {
	const definition = await publishedVersion(db, procedureId, version);
	const keys = new Set<string>();
	for (const step of definition?.steps ?? []) {
		for (const field of step.fields)
			if (field.kind === 'document') keys.add(`${step.id}.${field.id}`);
	}
	return keys;
}

/**
 * Loads and checks everything before the first write (so the push needs no savepoint): the
 * code and digits as the look-up checks them, counted against the code's failure limit (a wrong
 * guess stays counted: the push keeps the refusal's transaction), the status, and that every file
 * arrived with the stated size and type into a document field of the procedure.
 */
async function checkSupplement(tx: Database, payload: DossierSupplement, now: Date) {
	const codeKey = `lookup:code:${payload.code}`;
	const { failureWindowMs, maxFailuresPerCode } = defaultLookupSettings;
	const attempt = await startAttempt(tx, [codeKey], failureWindowMs, now);
	if (attempt.failuresOf(codeKey) > maxFailuresPerCode) {
		await attempt.takeBack();
		throw new AppError('rate_limited');
	}
	const [row] = await tx
		.select()
		.from(dossiers)
		.where(eq(dossiers.code, payload.code))
		.limit(1)
		.for('update');
	if (!row || !(await phoneMatches(tx, row, payload.phoneLast4))) {
		await attempt.keep();
		throw new AppError('not_found');
	}
	await attempt.takeBack();
	const moved = transition(row.status, 'supplement_received');
	if (!moved.ok) throw new AppError(moved.code);
	const fields = await documentFields(tx, row.procedureId, row.procedureVersion);
	if (payload.files.some((f) => !fields.has(`${f.stepId}.${f.fieldId}`))) {
		throw new AppError('invalid_input');
	}
	const hashes = [...new Set(payload.files.map((f) => f.sha256))];
	const blobs = await tx
		.select({
			sha256: attachmentBlobs.sha256,
			size: attachmentBlobs.sizeBytes,
			type: attachmentBlobs.mimeType
		})
		.from(attachmentBlobs)
		.where(inArray(attachmentBlobs.sha256, hashes));
	const arrived = (f: DossierSupplement['files'][number]) =>
		blobs.some((b) => b.sha256 === f.sha256 && b.size === f.sizeBytes && b.type === f.mimeType);
	if (!payload.files.every(arrived)) throw new AppError('attachment_missing');
	return { row, to: moved.to };
}

/**
 * The due date when the clock starts again after a supplement request, today (in Vietnam): later
 * by the working days it stood still. The citizen's supplement, papers handed in at the desk and a
 * withdrawn request all resume it this way.
 */
export async function dueDateOnResume(
	tx: Database,
	row: { dueDate: string; pausedAt: Date | null },
	now: Date
): Promise<{ dueDate: string; pausedWorkingDays: number }> {
	const today = todayInVietnam(now);
	const pausedOn = localDateAndTime(row.pausedAt ?? now).date;
	const years = [Number(pausedOn.slice(0, 4)), Number(today.slice(0, 4)) + 1];
	const calendar = await workingCalendarFrom(tx, [
		...Array.from({ length: years[1]! - years[0]! + 1 }, (_, i) => years[0]! + i)
	]);
	return resumedDueDate({ dueDate: row.dueDate, pausedOn, resumedOn: today, calendar });
}

/**
 * The citizen's supplement through the outbox (`dossier.supplement`): the files join the
 * dossier after those it has in each field, the open request is fulfilled, and processing
 * resumes with the due date later by the working days the clock stood still.
 */
export async function supplementDossier(
	tx: Database,
	payload: DossierSupplement,
	now: Date
): Promise<SupplementOutcome> {
	const { row, to } = await checkSupplement(tx, payload, now);
	const { dueDate, pausedWorkingDays } = await dueDateOnResume(tx, row, now);

	const positions = await tx
		.select({
			stepId: dossierAttachments.stepId,
			fieldId: dossierAttachments.fieldId,
			next: sql<number>`max(${dossierAttachments.position}) + 1`
		})
		.from(dossierAttachments)
		.where(eq(dossierAttachments.dossierId, row.id))
		.groupBy(dossierAttachments.stepId, dossierAttachments.fieldId);
	const next = new Map(positions.map((p) => [`${p.stepId}.${p.fieldId}`, Number(p.next)]));
	await tx.insert(dossierAttachments).values(
		payload.files.map((f) => {
			const key = `${f.stepId}.${f.fieldId}`;
			const position = next.get(key) ?? 0;
			next.set(key, position + 1);
			return { dossierId: row.id, ...f, position };
		})
	);
	await tx
		.update(dossierSupplementRequests)
		.set({ fulfilledAt: now })
		.where(
			and(
				eq(dossierSupplementRequests.dossierId, row.id),
				isNull(dossierSupplementRequests.fulfilledAt)
			)
		);
	await tx
		.update(dossiers)
		.set({ status: to, dueDate, pausedAt: null })
		.where(eq(dossiers.id, row.id));
	const files = payload.files.length;
	await tx.insert(dossierEvents).values({
		dossierId: row.id,
		at: now,
		status: to,
		action: 'supplement_received',
		details: { pausedWorkingDays, files }
	});
	await tx.insert(auditLog).values({
		action: 'dossier.supplement',
		subject: row.code,
		details: { files, pausedWorkingDays },
		at: now
	});
	return { code: row.code, status: 'processing', dueDate };
}
