import { timingSafeEqual } from 'node:crypto';
import { and, asc, eq, isNull, ne, or } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { applicantPhone } from '$lib/domain/procedures/applicant-phone';
import type { Database } from '../db/client';
import { publishedVersion } from '../procedures/procedure-store';
import { dossierEvents, dossiers, type DossierStatus, type ResultDelivery } from '../db/schema';
import { addressKey, pruneRateLimitEvents, startAttempt } from '../rate-limit';
import { citizenTimeline, type CitizenTimeline } from './citizen-timeline';
import { contactConsentView, type ContactConsentView } from '../notifications/consent-store';

export type LookupSettings = {
	/** Failed look-ups allowed from one client address within the window. */
	maxFailuresPerAddress: number;
	/** Failed look-ups allowed for one dossier code within the window, from anywhere. */
	maxFailuresPerCode: number;
	failureWindowMs: number;
};

/**
 * Four digits are 10,000 guesses: five wrong tries per code in 15 minutes makes guessing them
 * take weeks, while a citizen who mistypes twice is not held up.
 */
export const defaultLookupSettings: LookupSettings = {
	maxFailuresPerAddress: 10,
	maxFailuresPerCode: 5,
	failureWindowMs: 15 * 60 * 1000
};

export type DossierStatusView = CitizenTimeline & {
	code: string;
	procedureId: string;
	procedureVersion: number;
	status: DossierStatus;
	receivedAt: Date;
	dueDate: string;
	events: { status: DossierStatus; at: Date; note: string | null }[];
	/** The online result, once ready: the look-up page offers "Tải kết quả". */
	resultFile: ResultFileView | null;
	/** Per channel the citizen consented to: whether messages are on (issue 20). */
	contact: ContactConsentView[];
};

const sameDigits = (a: string, b: string) =>
	a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Whether the last four digits are those of the applicant's phone in the dossier's answers. */
export async function phoneMatches(
	db: Database,
	dossier: { procedureId: string; procedureVersion: number; answers: unknown },
	phoneLast4: string
): Promise<boolean> {
	// The version the dossier was sent under, even if replaced or retired since.
	const definition = await publishedVersion(db, dossier.procedureId, dossier.procedureVersion);
	const phone = definition ? applicantPhone(definition, dossier.answers) : undefined;
	return phone !== undefined && sameDigits(phone.slice(-4), phoneLast4);
}

/** What the look-up says of an online result: enough to offer "Tải kết quả", not the bytes. */
export type ResultFileView = { fileName: string; mimeType: string; sizeBytes: number };

const resultStatuses: readonly DossierStatus[] = ['result_ready', 'delivered'];

/** The online result's file, once the result is ready; null for any other way of returning it. */
export function resultFileOf(dossier: {
	status: DossierStatus;
	resultDelivery: ResultDelivery | null;
}): (ResultFileView & { sha256: string }) | null {
	const delivery = dossier.resultDelivery;
	if (!resultStatuses.includes(dossier.status) || delivery?.method !== 'online') return null;
	if (!delivery.fileSha256) return null;
	const { fileSha256: sha256, fileName, mimeType, sizeBytes } = delivery;
	return { sha256, fileName, mimeType, sizeBytes };
}

/**
 * The dossier for whoever holds its code and the last four digits of the applicant's phone.
 * A wrong code and wrong digits give the same `not_found`, so the answer never tells whether a
 * code exists; both count as failures, per address and per code, recorded before counting (see
 * startAttempt). Shared by the look-up and the result download, so both are guarded alike.
 */
export async function authenticatedDossier(
	db: Database,
	input: { code: string; phoneLast4: string },
	clientAddress: string,
	settings: LookupSettings = defaultLookupSettings,
	now: Date = new Date()
) {
	const addrKey = `lookup:addr:${addressKey(clientAddress)}`;
	const codeKey = `lookup:code:${input.code}`;
	const attempt = await startAttempt(db, [addrKey, codeKey], settings.failureWindowMs, now);
	if (
		attempt.failuresOf(addrKey) > settings.maxFailuresPerAddress ||
		attempt.failuresOf(codeKey) > settings.maxFailuresPerCode
	) {
		await attempt.takeBack();
		throw new AppError('rate_limited');
	}

	const [dossier] = await db
		.select({
			id: dossiers.id,
			code: dossiers.code,
			procedureId: dossiers.procedureId,
			procedureVersion: dossiers.procedureVersion,
			answers: dossiers.answers,
			status: dossiers.status,
			receivedAt: dossiers.receivedAt,
			dueDate: dossiers.dueDate,
			resultDelivery: dossiers.resultDelivery
		})
		.from(dossiers)
		.where(eq(dossiers.code, input.code))
		.limit(1);
	if (!dossier || !(await phoneMatches(db, dossier, input.phoneLast4))) {
		await attempt.keep();
		await pruneRateLimitEvents(db, 'lookup:', new Date(now.getTime() - settings.failureWindowMs));
		throw new AppError('not_found');
	}
	await attempt.takeBack();
	return dossier;
}

/**
 * "Tra cứu hồ sơ": the status and timeline of a dossier, guarded as authenticatedDossier says.
 * No personal data in the answer.
 */
export async function lookupDossier(
	db: Database,
	input: { code: string; phoneLast4: string },
	clientAddress: string,
	settings: LookupSettings = defaultLookupSettings,
	now: Date = new Date()
): Promise<DossierStatusView> {
	const dossier = await authenticatedDossier(db, input, clientAddress, settings, now);
	const [events, extras, contact] = await Promise.all([
		db
			.select({ status: dossierEvents.status, at: dossierEvents.at, note: dossierEvents.note })
			.from(dossierEvents)
			.where(
				and(
					eq(dossierEvents.dossierId, dossier.id),
					// Hand-overs between officers are the office's business.
					or(isNull(dossierEvents.action), ne(dossierEvents.action, 'assign'))
				)
			)
			.orderBy(asc(dossierEvents.id)),
		citizenTimeline(db, dossier),
		contactConsentView(db, dossier.id)
	]);
	const { id: _id, answers: _answers, resultDelivery: _delivery, ...view } = dossier;
	const file = resultFileOf(dossier);
	const resultFile = file
		? { fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes }
		: null;
	return { ...view, events, ...extras, resultFile, contact };
}
