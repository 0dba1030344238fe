/** Access-point PCs (issue 21): the manager's device list at /quan-ly/may-tinh and this PC's page. */
import type { DeviceSettings } from '$lib/domain/devices/device-settings';
import { api, type RouterOutputs } from '../api';
import { cungLamDb } from '../db';
import { rememberDeviceAccessPoint } from '../state/device-access-point';
import { clientIdOf } from '../sync/outbox';
import { setSyncWork } from '../sync/sync-hint';
import {
	readEnrolment,
	readSyncedSettings,
	saveEnrolment,
	type DeviceEnrolment,
	type SyncedDeviceSettings
} from './device-enrolment';

export type DeviceList = RouterOutputs['devices']['list'];
export type DeviceListItem = DeviceList['devices'][number];

/** Sync now, so this PC reports and takes its settings without waiting for the timer. */
async function syncSoon(): Promise<void> {
	setSyncWork(true);
	const { syncLoop } = await import('../sync/sync-loop');
	syncLoop.request();
}

export const listDevices = async (): Promise<DeviceList> => (await api()).devices.list.query({});

/** This PC, as it knows itself: its enrolment (never the credential) and its synced settings. */
export async function thisDevice(): Promise<{
	enrolment: Omit<DeviceEnrolment, 'credential'> | undefined;
	clientId: string;
	synced: SyncedDeviceSettings | undefined;
}> {
	const db = cungLamDb();
	const enrolment = await readEnrolment(db);
	const { credential: _credential, ...shown } = enrolment ?? { credential: '' };
	return {
		enrolment: enrolment && (shown as Omit<DeviceEnrolment, 'credential'>),
		clientId: await clientIdOf(db),
		synced: await readSyncedSettings(db)
	};
}

/** "Đăng ký máy này": enrols the PC in use, keeps its credential, and syncs. */
export async function enrolThisDevice(name: string): Promise<DeviceEnrolment> {
	const db = cungLamDb();
	const clientId = await clientIdOf(db);
	const enrolled = await (await api()).devices.enrol.mutate({ name, clientId });
	const enrolment: DeviceEnrolment = {
		credential: enrolled.credential,
		deviceId: enrolled.id,
		name: enrolled.name,
		accessPointId: enrolled.accessPointId,
		enrolledAt: new Date().toISOString()
	};
	await saveEnrolment(db, enrolment);
	rememberDeviceAccessPoint(enrolled.accessPointId);
	await syncSoon();
	return enrolment;
}

export async function revokeDevice(id: string): Promise<void> {
	await (await api()).devices.revoke.mutate({ id });
	await syncSoon();
}

export async function saveDeviceSettings(
	target: { scope: 'accessPoint' } | { scope: 'device'; deviceId: string },
	settings: DeviceSettings
): Promise<void> {
	await (await api()).devices.setSettings.mutate({ ...target, settings });
	await syncSoon();
}
