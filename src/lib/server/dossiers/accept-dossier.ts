import { and, eq, type SQL } from 'drizzle-orm';
import { AppError, type AppErrorCode } from '$lib/errors/app-error';
import type { Answers } from '$lib/domain/procedures/answers';
import { phonePrefixList } from '../phone-prefixes/phone-prefix-list';
import { validateApplication } from '$lib/domain/procedures/validate-application';
import { todayInVietnam } from '$lib/domain/validation/dates';
import { attachmentUses } from '../attachments/dossier-attachments';
import type { Database } from '../db/client';
import { accessPoints, dossiers } from '../db/schema';
import { noMemo, type Memo } from '../memo';
import { procedureCatalogue } from '../procedures/procedure-store';
import { unitLookupFor } from '../procedures/unit-lookup';
import { dossierDueDate, dueDateYears, workingCalendarFrom } from '../calendar/working-calendar';
import { dayOffReceiptRule } from '../calendar/day-off-rule';
import { agencyCodeSetting, localDayKey } from './dossier-code';
import { insertDossier, insertDossierRun, type NewDossier } from './insert-dossier';
import { channelOf } from '$lib/domain/dossier/channel';
import { receivingWardCode } from '../office/office-setting';
import {
	hasContactConsent,
	recordContactConsents,
	type ContactConsentInput
} from '../notifications/consent-store';

export type DossierSubmission = {
	clientId: string;
	clientReference: string;
	procedureId: string;
	procedureVersion: number;
	answers: Answers;
	accessPointId?: string;
	coachingRecordId?: string;
	/** The consent screen's "tell me by email / SMS", with the addresses (issue 20). */
	contact?: ContactConsentInput;
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

/** A device may name an access point that was since removed: then it counts as none. */
async function knownAccessPoint(db: Database, id: string): Promise<string | null> {
	const [row] = await db
		.select({ id: accessPoints.id })
		.from(accessPoints)
		.where(eq(accessPoints.id, id))
		.limit(1);
	return row?.id ?? null;
}

type Prepared = { kind: 'refused'; code: AppErrorCode } | { kind: 'ready'; dossier: NewDossier };

/**
 * Everything decided before the write: validation again on the server (the browser's check is a
 * convenience, not a guarantee), the files named by their hash, the agency code and the due date.
 * Reads only, except that a year's days off are filled the first time; `alone` says `db` is not a
 * transaction, so that filling gets one of its own.
 */
async function prepareDossier(
	db: Database,
	submission: DossierSubmission,
	now: Date,
	memo: Memo,
	alone: boolean
): Promise<Prepared> {
	// A draft is checked under the version it began on, while that version is current or in its
	// grace; past the grace it is refused, and the device opens it again on the new version.
	const catalogue = await memo('procedures', () => procedureCatalogue(db));
	const lookup = catalogue.resolve(submission.procedureId, submission.procedureVersion);
	if (!lookup.ok) {
		const code = lookup.code === 'version_expired' ? 'version_expired' : 'unknown_procedure';
		return { kind: 'refused', code };
	}
	const { definition } = lookup;
	const units = await unitLookupFor(db, submission.answers, memo);
	const phonePrefixes = await memo('phonePrefixes', () => phonePrefixList(db));
	const result = validateApplication(definition, submission.answers, {
		today: todayInVietnam(now),
		units,
		phonePrefixes
	});
	if (!result.ok) return { kind: 'refused', code: 'invalid_input' };
	const { answers } = result.application;
	// Every file must be uploaded first (attachments.putChunk) and named by its hash.
	const files = attachmentUses(definition, answers);
	if (files.some(({ ref }) => ref.sha256 === undefined)) {
		return { kind: 'refused', code: 'attachment_missing' };
	}

	const agencyCode = await memo('agencyCode', () => agencyCodeSetting(db));
	const wardCode = await memo('wardCode', () => receivingWardCode(db));
	const accessPointId = submission.accessPointId
		? await memo(`point:${submission.accessPointId}`, () =>
				knownAccessPoint(db, submission.accessPointId!)
			)
		: null;
	const years = dueDateYears(now);
	const calendar = await memo(`calendar:${years.join(',')}`, () =>
		alone ? db.transaction((tx) => workingCalendarFrom(tx, years)) : workingCalendarFrom(db, years)
	);
	const rule = await memo('dayOffReceiptRule', () => dayOffReceiptRule(db));
	const dueDate = await dossierDueDate(db, definition.timeLimit, now, calendar, rule);
	return {
		kind: 'ready',
		dossier: {
			clientId: submission.clientId,
			clientReference: submission.clientReference,
			procedureId: definition.id,
			procedureVersion: definition.version,
			answers,
			receivedAt: now,
			dueDate,
			agencyCode,
			wardCode,
			files,
			accessPointId,
			coachingRecordId: submission.coachingRecordId ?? null,
			channel: channelOf({ accessPointId, coachingRecordId: submission.coachingRecordId })
		}
	};
}

/**
 * Validates an application, checks that its files have arrived, assigns its code and due date,
 * and records it with its first event. Run inside the push transaction: the code sequence and the
 * client's mutation id commit together. Refusals are AppErrors, which the push records as failed
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

	const prepared = await prepareDossier(tx, submission, now, memo, false);
	if (prepared.kind === 'refused') return refuse(prepared.code);
	const { dossier } = prepared;
	const outcome = await insertDossier(tx, dossier);
	if (outcome.kind === 'inserted') {
		if (hasContactConsent(submission.contact)) {
			const [row] = await tx
				.select({ id: dossiers.id })
				.from(dossiers)
				.where(eq(dossiers.code, outcome.code))
				.limit(1);
			await recordContactConsents(tx, row!.id, submission.contact, now);
		}
		return { code: outcome.code, receivedAt: now, dueDate: dossier.dueDate };
	}
	return refuse('attachment_missing');
}

/**
 * The usual case of acceptDossier in ONE statement without a transaction around it: the dossier
 * and the move of the client's queue (`advance`, see SyncHandler.applyAlone) commit together or
 * not at all. Undefined when nothing was written, for whatever reason (a refusal, a slip known
 * already, missing files, the queue elsewhere): the push then runs acceptDossier in a
 * transaction, which tells these apart.
 */
export async function acceptDossierAlone(
	db: Database,
	submission: DossierSubmission,
	now: Date,
	memo: Memo,
	advance: (guard: SQL) => SQL
): Promise<AcceptedDossier | undefined> {
	// The consents are written beside the dossier, which one statement cannot do: a transaction.
	if (hasContactConsent(submission.contact)) return undefined;
	const prepared = await prepareDossier(db, submission, now, memo, true);
	if (prepared.kind === 'refused') return undefined;
	const { dossier } = prepared;
	const outcome = await insertDossier(db, dossier, advance);
	if (outcome.kind !== 'inserted') return undefined;
	return { code: outcome.code, receivedAt: now, dueDate: dossier.dueDate };
}

/**
 * Several submissions of one client in a row, the usual case of a push from an access point
 * that was offline, in ONE statement (insertDossierRun): the leading ones that pass and share
 * the first's agency and day, without consents to record, at least two. Answers what it wrote,
 * in order, with `advance(count, guard)` moving the client's queue over exactly those; an empty
 * list when it wrote nothing, and the push takes them one by one.
 */
export async function acceptDossierRun(
	db: Database,
	submissions: readonly DossierSubmission[],
	now: readonly Date[],
	memo: Memo,
	advance: (count: number, guard: SQL) => SQL
): Promise<AcceptedDossier[]> {
	const run: NewDossier[] = [];
	for (const [index, submission] of submissions.entries()) {
		if (hasContactConsent(submission.contact)) break;
		const prepared = await prepareDossier(db, submission, now[index]!, memo, true);
		if (prepared.kind === 'refused') break;
		const first = run[0];
		const { dossier } = prepared;
		if (
			first &&
			(dossier.agencyCode !== first.agencyCode ||
				localDayKey(dossier.receivedAt) !== localDayKey(first.receivedAt))
		) {
			break;
		}
		run.push(dossier);
	}
	if (run.length < 2) return [];
	const codes = await insertDossierRun(db, run, (guard) => advance(run.length, guard));
	if (!codes) return [];
	return run.map((dossier, index) => ({
		code: codes[index]!,
		receivedAt: dossier.receivedAt,
		dueDate: dossier.dueDate
	}));
}
