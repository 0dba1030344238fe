import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { waitingTooLong, type DeviceReport } from '$lib/domain/devices/device-report';
import type { DeviceSettings } from '$lib/domain/devices/device-settings';
import { localDateAndTime } from '$lib/domain/calendar/working-days';
import { AppError } from '$lib/errors/app-error';
import { workingCalendarFrom } from '../calendar/working-calendar';
import type { Database } from '../db/client';
import { accessPointDeviceSettings, auditLog, devices, users, type Role } from '../db/schema';
import { hashDeviceCredential, newDeviceCredential } from './device-credentials';

export type DeviceActor = { id: string; role: Role; accessPointId: string | null };

/**
 * The access point whose PCs the actor manages: a manager's own; an administrator, who may have
 * none, names one. A manager naming another point is refused.
 */
export function managedAccessPoint(actor: DeviceActor, requested: string | undefined): string {
	if (actor.role === 'admin' && requested) return requested;
	if (!actor.accessPointId) throw new AppError('forbidden');
	if (requested && requested !== actor.accessPointId) throw new AppError('forbidden');
	return actor.accessPointId;
}

/**
 * "Đăng ký máy này": the PC the actor is logged in on becomes one of their access point's, under
 * a name. Answers the credential once; the server keeps its hash only. A PC enrolled before (its
 * browser's sync client id) is enrolled again with a new credential: the old one stops working.
 */
export async function enrolDevice(
	db: Database,
	actor: DeviceActor,
	input: { name: string; clientId: string; accessPointId?: string },
	now: Date
): Promise<{ id: string; credential: string; accessPointId: string; name: string }> {
	const accessPointId = managedAccessPoint(actor, input.accessPointId);
	const credential = newDeviceCredential();
	const credentialHash = hashDeviceCredential(credential);
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(devices)
			.values({
				accessPointId,
				name: input.name,
				clientId: input.clientId,
				credentialHash,
				enrolledBy: actor.id,
				enrolledAt: now
			})
			.onConflictDoUpdate({
				target: devices.clientId,
				set: {
					accessPointId,
					name: input.name,
					credentialHash,
					enrolledBy: actor.id,
					enrolledAt: now,
					revokedBy: null,
					revokedAt: null,
					settingsRevision: sql`${devices.settingsRevision} + 1`
				}
			})
			.returning({ id: devices.id });
		await tx.insert(auditLog).values({
			actorUserId: actor.id,
			action: 'devices.enrol',
			subject: row!.id,
			details: { accessPointId, clientId: input.clientId },
			at: now
		});
		return { id: row!.id, credential, accessPointId, name: input.name };
	});
}

/**
 * A lost or replaced PC: it can no longer push staff kinds, nor unlock staff offline once it
 * learns of it; the citizens' dossiers it still holds are accepted.
 */
export async function revokeDevice(
	db: Database,
	actor: DeviceActor,
	id: string,
	now: Date
): Promise<{ revoked: boolean }> {
	return db.transaction(async (tx) => {
		const [device] = await tx
			.select({ accessPointId: devices.accessPointId, revokedAt: devices.revokedAt })
			.from(devices)
			.where(eq(devices.id, id))
			.for('update');
		if (!device) throw new AppError('not_found');
		managedAccessPoint(actor, device.accessPointId);
		if (device.revokedAt) return { revoked: false };
		await tx
			.update(devices)
			.set({ revokedAt: now, revokedBy: actor.id })
			.where(and(eq(devices.id, id), isNull(devices.revokedAt)));
		await tx.insert(auditLog).values({
			actorUserId: actor.id,
			action: 'devices.revoke',
			subject: id,
			details: { accessPointId: device.accessPointId },
			at: now
		});
		return { revoked: true };
	});
}

export type DeviceListItem = {
	id: string;
	name: string;
	clientId: string;
	enrolledAt: Date;
	enrolledBy: string | null;
	revokedAt: Date | null;
	lastSyncAt: Date | null;
	settings: DeviceSettings;
	report: DeviceReport;
	/** Dossiers have waited on it into the next working day (see waitingTooLong). */
	flagged: boolean;
};

export type DeviceList = {
	accessPointId: string;
	accessPointSettings: DeviceSettings;
	devices: DeviceListItem[];
};

/** The access point's PCs, enrolled first to last, each with its last report and its flag. */
export async function listDevices(
	db: Database,
	actor: DeviceActor,
	input: { accessPointId?: string },
	now: Date
): Promise<DeviceList> {
	const accessPointId = managedAccessPoint(actor, input.accessPointId);
	const [rows, [shared]] = await Promise.all([
		db
			.select({
				id: devices.id,
				name: devices.name,
				clientId: devices.clientId,
				enrolledAt: devices.enrolledAt,
				enrolledBy: users.displayName,
				revokedAt: devices.revokedAt,
				lastSyncAt: devices.lastSyncAt,
				settings: devices.settings,
				report: devices.report
			})
			.from(devices)
			.leftJoin(users, eq(users.id, devices.enrolledBy))
			.where(eq(devices.accessPointId, accessPointId))
			.orderBy(asc(devices.enrolledAt), asc(devices.id)),
		db
			.select({ settings: accessPointDeviceSettings.settings })
			.from(accessPointDeviceSettings)
			.where(eq(accessPointDeviceSettings.accessPointId, accessPointId))
	]);
	const flag = await waitingFlagger(db, rows, now);
	return {
		accessPointId,
		accessPointSettings: shared?.settings ?? {},
		devices: rows.map((row) => ({ ...row, flagged: flag(row) }))
	};
}

/** The flag of each active PC, with the ward's calendar read once for the years involved. */
async function waitingFlagger(
	db: Database,
	rows: { report: DeviceReport; revokedAt: Date | null }[],
	now: Date
): Promise<(row: { report: DeviceReport; revokedAt: Date | null }) => boolean> {
	const oldest = (row: { report: DeviceReport; revokedAt: Date | null }) =>
		!row.revokedAt && (row.report.dossiersWaiting ?? 0) > 0 && row.report.oldestWaitingAt
			? new Date(row.report.oldestWaitingAt)
			: undefined;
	if (!rows.some((row) => oldest(row))) return () => false;
	const year = (at: Date) => Number(localDateAndTime(at).date.slice(0, 4));
	// A PC's clock may be anything: only this year and the last need the ward's days off; older
	// is flagged anyway, and a later one has not waited at all.
	const thisYear = year(now);
	const calendar = await workingCalendarFrom(db, [thisYear - 1, thisYear]);
	return (row) => {
		const at = oldest(row);
		if (!at || isNaN(at.getTime()) || at > now) return false;
		return year(at) < thisYear - 1 || waitingTooLong(at, now, calendar);
	};
}
