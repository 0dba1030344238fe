import Dexie, { type EntityTable } from 'dexie';
import type { Sealed } from './vault/cipher';

/** What the consent screen asked, one answer per purpose (Law 91/2025: explicit, per purpose). */
export type Consent = {
	keepOnDevice: boolean;
	uploadForHome: boolean;
	contactByPhone: boolean;
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
	/** Sealed { answers } — AAD binds it to this draft's id. */
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

/** Filled by the sync issue: one row per change the server must learn. */
export type OutboxRecord = {
	mutationId: number;
	createdAt: string;
	kind: string;
	payload: unknown;
};

export type CungLamDb = Dexie & {
	drafts: EntityTable<DraftRecord, 'id'>;
	attachments: EntityTable<AttachmentRecord, 'id'>;
	settings: EntityTable<SettingRecord, 'key'>;
	outbox: EntityTable<OutboxRecord, 'mutationId'>;
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
	return db;
}

let instance: CungLamDb | undefined;

/** The one Dexie instance of the app. */
export function cungLamDb(): CungLamDb {
	instance ??= openCungLamDb();
	return instance;
}
