import Dexie, { type EntityTable, type Table } from 'dexie';
import type { DeviceDossierStatus } from '$lib/domain/dossier/status';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import type { Sealed } from './vault/cipher';

/** What the consent screen asked, one answer per purpose (Law 91/2025: explicit, per purpose). */
export type Consent = {
	keepOnDevice: boolean;
	uploadForHome: boolean;
	contactByPhone: boolean;
	/**
	 * Messages about the dossier by email and by SMS, one consent each (issue 20). Absent in
	 * drafts saved before: no. The addresses typed for them stay in the session's memory only.
	 */
	contactByEmail?: boolean;
	contactBySms?: boolean;
	/** ISO instant the citizen confirmed. */
	at: string;
};

/**
 * A draft as it rests on a shared PC: only what the "Tiếp tục hồ sơ đang làm" list shows is
 * readable (procedure, dates, masked initials); the answers are sealed under a key derived from
 * the citizen's PIN and this browser's device key.
 */
export type DraftRecord = {
	id: string;
	procedureId: string;
	procedureVersion: number;
	procedureSlug: string;
	/** Masked initials of the applicant, e.g. "N. T. L.", or '' before a name is typed. */
	initials: string;
	createdAt: string;
	updatedAt: string;
	salt: Uint8Array;
	keyCheck: Sealed;
	/** Sealed { answers, coaching? } — AAD binds it to this draft's id. */
	sealed: Sealed;
	consent: Consent;
	failedUnlocks: number;
	/** ISO instant before which no PIN is tried (slows down guessing on this PC). */
	lockedUntil?: string;
};

/** An attached paper: ciphertext as a Blob (Chrome caps one non-Blob value at ~133 MB). */
export type AttachmentRecord = {
	id: string;
	draftId: string;
	/** iv ‖ AES-GCM ciphertext of the file. */
	blob: Blob;
	/** iv ‖ ciphertext of a small JPEG preview. */
	thumbnail?: Blob;
	createdAt: string;
};

export type SettingRecord = { key: string; value: unknown };

/**
 * One change the server must learn, in the order it was made. `mutationId` rises by one per
 * client (sync.push applies each exactly once). The payload is sealed under the outbox key until
 * sent: the next person at the PC sees ciphertext and non-personal labels only.
 */
export type OutboxRecord = {
	mutationId: number;
	createdAt: string;
	kind: 'dossier.submit' | 'dossier.supplement' | 'coaching.record' | 'rating.submit';
	/**
	 * The dossier's local reference ("Chờ gửi" slip), or the id of a supplement, a coaching record
	 * or a rating.
	 */
	localReference: string;
	/** Sealed JSON payload; AAD `outbox:<localReference>`. */
	sealed: Sealed;
	/** SHA-256 (hex) of each attached file that must be uploaded before the push. */
	files: string[];
};

/** An attached file waiting to be uploaded: ciphertext of the file, keyed by its plaintext hash. */
export type OutboxFileRecord = {
	sha256: string;
	mimeType: string;
	sizeBytes: number;
	/** iv ‖ AES-GCM ciphertext under the outbox key; AAD `outbox-file:<sha256>`. */
	blob: Blob;
	uploaded: boolean;
};

/** The UI-TERMS statuses a dossier can have on this device; 'pending' is device-only. */
export type SubmissionStatus = DeviceDossierStatus;

/** What the server said, in its words: shown on the device offline with the date it was known. */
export type SubmissionEvent = { status: Exclude<SubmissionStatus, 'pending'>; at: string };

/**
 * A dossier submitted from this device. Only non-personal facts are readable: procedure, dates,
 * local reference, code and status. The last four phone digits are kept as a salted hash so that
 * the offline look-up asks for the same proof as the online one.
 */
export type SubmissionRecord = {
	localReference: string;
	procedureId: string;
	/** The version the dossier was sent under (absent on records made before issue 16). */
	procedureVersion?: number;
	procedureSlug: string;
	createdAt: string;
	status: SubmissionStatus;
	/** Set once the server accepted the dossier. */
	dossierCode?: string;
	receivedAt?: string;
	dueDate?: string;
	events: SubmissionEvent[];
	/** When this device last learned the status from the server. */
	knownAt?: string;
	/** A refused submission: the app error code, with the sealed payload kept for "Gửi lại". */
	failure?: { reason: string; at: string; sealed: Sealed; files: string[] };
	phoneCheck?: { salt: Uint8Array; hash: ArrayBuffer };
};

/**
 * One published procedure version as the server served it: public content, stored in clear so
 * the catalogue, the wizard and practice work offline. Keyed by `[id+version]`.
 */
export type ProcedureVersionRecord = ProcedureDefinition;

export type CungLamDb = Dexie & {
	drafts: EntityTable<DraftRecord, 'id'>;
	attachments: EntityTable<AttachmentRecord, 'id'>;
	settings: EntityTable<SettingRecord, 'key'>;
	outbox: EntityTable<OutboxRecord, 'mutationId'>;
	outboxFiles: EntityTable<OutboxFileRecord, 'sha256'>;
	submissions: EntityTable<SubmissionRecord, 'localReference'>;
	procedures: Table<ProcedureVersionRecord, [string, number]>;
};

export const databaseName = 'cung-lam';

/** Opens the app's one IndexedDB database; its schema versions are listed here, oldest first. */
export function openCungLamDb(name = databaseName): CungLamDb {
	// Strict durability: a citizen's typing must survive a power cut, not only a closed tab.
	const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as CungLamDb;
	db.version(1).stores({
		drafts: 'id, updatedAt',
		attachments: 'id, draftId',
		settings: 'key',
		outbox: 'mutationId, createdAt'
	});
	// Version 1's outbox was never written to; its rows (none) need no upgrade.
	db.version(2).stores({
		outbox: 'mutationId, localReference',
		outboxFiles: 'sha256',
		submissions: 'localReference, &dossierCode, status'
	});
	// Issue 16: the procedure catalogue comes from the server and is kept here for offline use;
	// its revision sits in `settings` (see client/procedures/procedure-catalogue.ts).
	db.version(3).stores({ procedures: '[id+version], id' });
	return db;
}

let instance: CungLamDb | undefined;

/** The one Dexie instance of the app. */
export function cungLamDb(): CungLamDb {
	instance ??= openCungLamDb();
	return instance;
}
