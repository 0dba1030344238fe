import { and, asc, eq, gt } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { dossierEvents, dossiers, type DossierStatus } from '../db/schema';

export type DossierChange = {
	dossierCode: string;
	/** The local reference on the "Chờ gửi" slip, so the device can match the code to it. */
	clientReference: string;
	status: DossierStatus;
	at: Date;
	dueDate: string;
};

export type PullResult = { cursor: string; changes: DossierChange[] };

const PAGE = 500;

/** The cursor is opaque to clients; today it is the last event id, in base64url. */
export const encodeCursor = (eventId: number): string =>
	Buffer.from(`e${eventId}`).toString('base64url');

/** Undefined for a cursor this server did not issue: the caller refuses it. */
export function decodeCursor(cursor: string | undefined): number | undefined {
	if (cursor === undefined) return 0;
	const match = /^e(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
	return match ? Number(match[1]) : undefined;
}

/**
 * Status changes of the dossiers this device submitted, after the event the cursor points at.
 * At most one page per call: a client that gets a full page pulls again.
 */
export async function pullChanges(
	db: Database,
	clientId: string,
	afterEventId: number
): Promise<PullResult> {
	const rows = await db
		.select({
			id: dossierEvents.id,
			dossierCode: dossiers.code,
			clientReference: dossiers.clientReference,
			status: dossierEvents.status,
			at: dossierEvents.at,
			dueDate: dossiers.dueDate
		})
		.from(dossierEvents)
		.innerJoin(dossiers, eq(dossiers.id, dossierEvents.dossierId))
		.where(and(eq(dossiers.clientId, clientId), gt(dossierEvents.id, afterEventId)))
		.orderBy(asc(dossierEvents.id))
		.limit(PAGE);
	const last = rows.at(-1)?.id ?? afterEventId;
	return { cursor: encodeCursor(last), changes: rows.map(({ id: _id, ...change }) => change) };
}

/** `sync.pull`: the changes after the device's cursor; a cursor this server did not issue is invalid input. */
export function pullForDevice(
	db: Database,
	clientId: string,
	cursor: string | undefined
): Promise<PullResult> {
	const after = decodeCursor(cursor);
	if (after === undefined) throw new AppError('invalid_input');
	return pullChanges(db, clientId, after);
}
