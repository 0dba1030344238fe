/**
 * This PC's enrolment and the settings its manager set (issue 21), kept in IndexedDB beside the
 * outbox key: the credential never leaves this browser profile except in sync calls, and the
 * settings work offline once they arrived.
 */
import type { DeviceReport } from '$lib/domain/devices/device-report';
import type { DeviceSettings } from '$lib/domain/devices/device-settings';
import type { CungLamDb } from '../db';
import { applyDeviceSettings } from '../state/device-settings';

export type DeviceEnrolment = {
	credential: string;
	deviceId: string;
	name: string;
	accessPointId: string;
	enrolledAt: string;
};

export type SyncedDeviceSettings = {
	revision: number;
	settings: Required<DeviceSettings>;
	/** ISO instant the settings reached this PC. */
	at: string;
};

const keys = {
	enrolment: 'device.enrolment',
	settings: 'device.settings',
	/** The offline unlock's record of this PC's access point (staff/offline-unlock.ts). */
	accessPoint: 'device.accessPointId'
} as const;

export async function readEnrolment(db: CungLamDb): Promise<DeviceEnrolment | undefined> {
	return (await db.settings.get(keys.enrolment))?.value as DeviceEnrolment | undefined;
}

/** After "Đăng ký máy này": the credential, and the access point the PC now belongs to. */
export async function saveEnrolment(db: CungLamDb, enrolment: DeviceEnrolment): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		await db.settings.put({ key: keys.enrolment, value: enrolment });
		await db.settings.put({ key: keys.accessPoint, value: enrolment.accessPointId });
		// A new enrolment takes its settings afresh on the next sync.
		await db.settings.delete(keys.settings);
	});
}

export async function readSyncedSettings(db: CungLamDb): Promise<SyncedDeviceSettings | undefined> {
	return (await db.settings.get(keys.settings))?.value as SyncedDeviceSettings | undefined;
}

/** Loads the synced settings into the page's copy; the defaults when there are none. */
export async function loadSyncedSettings(db: CungLamDb): Promise<SyncedDeviceSettings | undefined> {
	const synced = await readSyncedSettings(db);
	applyDeviceSettings(synced?.settings);
	return synced;
}

async function saveSyncedSettings(db: CungLamDb, synced: SyncedDeviceSettings): Promise<void> {
	await db.settings.put({ key: keys.settings, value: synced });
	applyDeviceSettings(synced.settings);
}

/**
 * The server no longer knows this PC as enrolled (revoked, or a server restored from an older
 * backup): the credential and settings go, and with a revocation the staff who could unlock the
 * app offline here no longer can. Queued dossiers stay and are still sent.
 */
async function forgetEnrolment(db: CungLamDb, revoked: boolean): Promise<void> {
	await db.transaction('rw', db.settings, async () => {
		await db.settings.bulkDelete([keys.enrolment, keys.settings]);
		if (revoked) {
			await db.settings.delete(keys.accessPoint);
			await db.settings.where('key').startsWith('staff.offline:').delete();
		}
	});
	applyDeviceSettings(undefined);
}

/** What a PC tells the server of itself: counts and sizes only. */
export async function deviceReportOf(
	db: CungLamDb,
	facts: () => Promise<Pick<DeviceReport, 'appVersion' | 'storageUsedBytes' | 'storageQuotaBytes'>>
): Promise<DeviceReport> {
	const waiting = await db.outbox.filter((entry) => entry.kind === 'dossier.submit').toArray();
	const oldest = waiting.map((entry) => entry.createdAt).sort()[0];
	const refusals = await db.submissions.filter((s) => !!s.failure).count();
	return {
		...(await facts().catch(() => ({}))),
		dossiersWaiting: waiting.length,
		oldestWaitingAt: oldest ?? null,
		refusalsWaiting: refusals
	};
}

export type CheckInAnswer =
	| { status: 'unknown' }
	| { status: 'revoked' }
	| { status: 'active'; revision: number; settings?: Required<DeviceSettings> };

/**
 * After a push: reports this PC's state and takes its settings when they changed. Not enrolled:
 * nothing to do. Answers whether the PC is (still) enrolled.
 */
export async function checkIn(
	db: CungLamDb,
	call: (input: {
		credential: string;
		report: DeviceReport;
		revision?: number;
	}) => Promise<CheckInAnswer>,
	facts: () => Promise<Pick<DeviceReport, 'appVersion' | 'storageUsedBytes' | 'storageQuotaBytes'>>,
	now: Date
): Promise<boolean> {
	const enrolment = await readEnrolment(db);
	if (!enrolment) return false;
	const synced = await readSyncedSettings(db);
	const answer = await call({
		credential: enrolment.credential,
		report: await deviceReportOf(db, facts),
		...(synced && { revision: synced.revision })
	});
	if (answer.status !== 'active') {
		await forgetEnrolment(db, answer.status === 'revoked');
		return false;
	}
	if (answer.settings) {
		await saveSyncedSettings(db, {
			revision: answer.revision,
			settings: answer.settings,
			at: now.toISOString()
		});
	}
	return true;
}
