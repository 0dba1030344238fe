/**
 * "Tra cứu hồ sơ": a dossier by its code (or a queued one by its "Chờ gửi" reference) and the
 * last four phone digits — from the server when it can be asked, else from what this device
 * last learned.
 */
import type { SubmissionRecord } from '../db';
import type { AppErrorCode } from '$lib/errors/app-error';
import { errorCodeOf } from '../errors';
import { api, type RouterOutputs } from '../api';
import { localReferencePattern } from '../sync/local-reference';

type ServerAnswer = RouterOutputs['dossiers']['lookup'];

/** A dossier as the page shows it: the server's answer, or this device's record of it. */
export type FoundDossier = Partial<
	Pick<
		ServerAnswer,
		'procedureVersion' | 'supplement' | 'apologies' | 'rejectionReason' | 'resultFile' | 'contact'
	>
> & {
	status: SubmissionRecord['status'];
	code?: string | undefined;
	procedureId: string;
	receivedAt?: ServerAnswer['receivedAt'] | SubmissionRecord['receivedAt'];
	dueDate?: string | undefined;
	events: ServerAnswer['timeline'] | ServerAnswer['events'] | SubmissionRecord['events'];
	/** Set when shown from this device's last known state. */
	fromDevice?: { knownAt?: string | undefined };
};

/** The proof a dossier was found with: a supplement or a result download goes under the same. */
export type LookupProof = { code: string; last4: string };

export type LookupAnswer =
	| { kind: 'found'; found: FoundDossier; proof: LookupProof | null }
	| { kind: 'not_found' }
	/** Neither the server (unreachable) nor this device knows the dossier. */
	| { kind: 'offline_unknown' }
	/** The server refused: the code's sentence says why (e.g. too many tries). */
	| { kind: 'refused'; code: AppErrorCode };

export const isLocalReference = (value: string) => localReferencePattern.test(value);

function fromRecord(record: SubmissionRecord): FoundDossier {
	return {
		status: record.status,
		code: record.dossierCode,
		procedureId: record.procedureId,
		receivedAt: record.receivedAt,
		dueDate: record.dueDate,
		events: record.events,
		fromDevice: { knownAt: record.knownAt }
	};
}

async function fromDevice(wanted: string, last4: string): Promise<FoundDossier | null> {
	const { lookupOnDevice } = await import('../sync/submission-ops');
	const record = await lookupOnDevice(wanted, last4);
	return record ? fromRecord(record) : null;
}

async function fromServer(wanted: string, last4: string): Promise<FoundDossier | null> {
	const client = await api();
	try {
		const result = await client.dossiers.lookup.mutate({ code: wanted, phoneLast4: last4 });
		// The timeline says what happened in plain words; the bare status list is the fallback.
		return { ...result, events: result.timeline.length ? result.timeline : result.events };
	} catch (error) {
		if (errorCodeOf(error) === 'not_found') return null;
		throw error;
	}
}

/**
 * Device first (a queued dossier's reference names its server code once it has one), then the
 * server while online; a server that cannot be reached leaves the device's answer. `wanted` is
 * a normalized dossier code or local reference.
 */
export async function lookUpDossier(
	wanted: string,
	last4: string,
	online: boolean
): Promise<LookupAnswer> {
	const local = await fromDevice(wanted, last4).catch(() => null);
	const serverCode = isLocalReference(wanted) ? local?.code : wanted;
	if (serverCode && online) {
		try {
			const remote = await fromServer(serverCode, last4);
			return remote
				? { kind: 'found', found: remote, proof: { code: serverCode, last4 } }
				: { kind: 'not_found' };
		} catch (error) {
			const code = errorCodeOf(error);
			if (code !== 'network' && code !== 'offline' && code !== 'server') {
				return { kind: 'refused', code };
			}
			// No answer: fall back to what this device knows.
		}
	}
	// Here the server could not be asked (or does not know the dossier yet: still queued).
	if (!local) return { kind: 'offline_unknown' };
	const reachable = online && !serverCode;
	return {
		kind: 'found',
		found: reachable ? { ...local, fromDevice: undefined } : local,
		proof: null
	};
}
