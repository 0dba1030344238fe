import { eq, sql } from 'drizzle-orm';
import type { DeviceReport } from '$lib/domain/devices/device-report';
import { effectiveDeviceSettings, type DeviceSettings } from '$lib/domain/devices/device-settings';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { accessPointDeviceSettings, auditLog, devices } from '../db/schema';
import { deviceByCredential } from './device-credentials';
import { managedAccessPoint, type DeviceActor } from './device-registry';

/**
 * A manager's settings for all the PCs of their access point, or for one PC. Replaces the
 * scope's settings as a whole (a key left out falls back to the level below). Every PC concerned
 * gets a new revision, so it takes the change on its next sync.
 */
export async function setDeviceSettings(
	db: Database,
	actor: DeviceActor,
	input:
		| { scope: 'accessPoint'; accessPointId?: string; settings: DeviceSettings }
		| {
				scope: 'device';
				deviceId: string;
				settings: DeviceSettings;
		  },
	now: Date
): Promise<{ saved: true }> {
	return db.transaction(async (tx) => {
		if (input.scope === 'device') {
			const [device] = await tx
				.select({ accessPointId: devices.accessPointId })
				.from(devices)
				.where(eq(devices.id, input.deviceId))
				.for('update');
			if (!device) throw new AppError('not_found');
			managedAccessPoint(actor, device.accessPointId);
			await tx
				.update(devices)
				.set({ settings: input.settings, settingsRevision: nextRevision() })
				.where(eq(devices.id, input.deviceId));
			await audit(
				tx,
				actor,
				'devices.settings',
				input.deviceId,
				device.accessPointId,
				input.settings,
				now
			);
			return { saved: true };
		}
		const accessPointId = managedAccessPoint(actor, input.accessPointId);
		await tx
			.insert(accessPointDeviceSettings)
			.values({ accessPointId, settings: input.settings, updatedBy: actor.id, updatedAt: now })
			.onConflictDoUpdate({
				target: accessPointDeviceSettings.accessPointId,
				set: { settings: input.settings, updatedBy: actor.id, updatedAt: now }
			});
		await tx
			.update(devices)
			.set({ settingsRevision: nextRevision() })
			.where(eq(devices.accessPointId, accessPointId));
		await audit(
			tx,
			actor,
			'devices.pointSettings',
			accessPointId,
			accessPointId,
			input.settings,
			now
		);
		return { saved: true };
	});
}

/** A new revision for every PC concerned: they compare it with their copy's. */
const nextRevision = () => sql`${devices.settingsRevision} + 1`;

function audit(
	tx: Database,
	actor: DeviceActor,
	action: string,
	subject: string,
	accessPointId: string,
	settings: DeviceSettings,
	at: Date
) {
	return tx.insert(auditLog).values({
		actorUserId: actor.id,
		action,
		subject,
		// The keys and values set: numbers, sizes and yes/no, nothing personal.
		details: { accessPointId, ...settings },
		at
	});
}

export type DeviceCheckIn =
	| { status: 'unknown' }
	| { status: 'revoked' }
	| {
			status: 'active';
			deviceId: string;
			name: string;
			accessPointId: string;
			revision: number;
			/** The settings in force, when the PC's copy is not of this revision already. */
			settings?: Required<DeviceSettings>;
	  };

/**
 * After each push, an enrolled PC reports how it is doing and learns whether it still is one,
 * and its settings when they changed since `revision`. A credential no PC holds, or a revoked
 * one, reports nothing: its figures are no longer the access point's.
 */
export async function deviceCheckIn(
	db: Database,
	input: { credential: string; report: DeviceReport; revision?: number },
	now: Date
): Promise<DeviceCheckIn> {
	const device = await deviceByCredential(db, input.credential);
	if (!device) return { status: 'unknown' };
	if (device.revokedAt) return { status: 'revoked' };
	await db
		.update(devices)
		.set({ report: input.report, lastSyncAt: now })
		.where(eq(devices.id, device.id));
	const base = {
		status: 'active' as const,
		deviceId: device.id,
		name: device.name,
		accessPointId: device.accessPointId,
		revision: device.settingsRevision
	};
	if (input.revision === device.settingsRevision) return base;
	const [shared] = await db
		.select({ settings: accessPointDeviceSettings.settings })
		.from(accessPointDeviceSettings)
		.where(eq(accessPointDeviceSettings.accessPointId, device.accessPointId));
	return { ...base, settings: effectiveDeviceSettings(shared?.settings ?? {}, device.settings) };
}
