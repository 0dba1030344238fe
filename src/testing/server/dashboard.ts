import { randomUUID } from 'node:crypto';
import type { Database } from '$lib/server/db/client';
import type { DossierChannel } from '$lib/domain/dossier/channel';
import {
	accessPoints,
	coachingRecords,
	dossierApologies,
	dossiers,
	ratings,
	shifts,
	users,
	type DossierStatus,
	type Role
} from '$lib/server/db/schema';

/**
 * Test and benchmark data only: access points in two wards and rows with chosen counts, so the
 * dashboard's figures can be checked against answers known in advance.
 */
export async function insertPoint(
	db: Database,
	name: string,
	communeCode: string
): Promise<string> {
	const [row] = await db
		.insert(accessPoints)
		.values({ name, provinceCode: '01', communeCode, street: 'Phố mẫu' })
		.returning({ id: accessPoints.id });
	return row!.id;
}

export async function insertStaff(
	db: Database,
	username: string,
	role: Role,
	accessPointId: string | null
): Promise<{
	id: string;
	username: string;
	displayName: string;
	role: Role;
	accessPointId: string | null;
}> {
	const displayName = `Tên ${username}`;
	const [row] = await db
		.insert(users)
		.values({ username, displayName, role, passwordHash: 'x', accessPointId })
		.returning({ id: users.id });
	return { id: row!.id, username, displayName, role, accessPointId };
}

export type RecordCounts = {
	total: number;
	alone: number;
	hint?: number;
	explain?: number;
	demonstrate?: number;
	volunteer?: number;
};

export async function insertCoachingRecord(
	db: Database,
	at: { accessPointId: string; volunteerId: string; startedAt: string },
	counts: RecordCounts,
	extra: { practice?: boolean; skillCard?: string; procedureId?: string } = {}
): Promise<string> {
	const id = randomUUID();
	const startedAt = new Date(at.startedAt);
	await db.insert(coachingRecords).values({
		id,
		accessPointId: at.accessPointId,
		volunteerId: at.volunteerId,
		procedureId: extra.procedureId ?? 'dang-ky-khai-sinh',
		procedureVersion: 1,
		practice: extra.practice ?? false,
		startedAt,
		endedAt: new Date(startedAt.getTime() + 600_000),
		durationMs: 600_000,
		steps: [],
		stepsTotal: counts.total,
		stepsAlone: counts.alone,
		stepsHint: counts.hint ?? 0,
		stepsExplain: counts.explain ?? 0,
		stepsDemonstrate: counts.demonstrate ?? 0,
		stepsVolunteer: counts.volunteer ?? 0,
		skillCard: extra.skillCard ?? null,
		clientId: 'test-device'
	});
	return id;
}

export async function insertRating(
	db: Database,
	accessPointId: string,
	at: string,
	overall: 'very_satisfied' | 'satisfied' | 'unsatisfied',
	criteria: Record<string, number> = {}
): Promise<void> {
	await db.insert(ratings).values({
		id: randomUUID(),
		accessPointId,
		overall,
		criteria,
		at: new Date(at),
		clientId: 'test-device'
	});
}

export async function insertShift(
	db: Database,
	accessPointId: string,
	volunteerId: string,
	startsAt: string,
	endsAt: string
): Promise<void> {
	await db
		.insert(shifts)
		.values({ accessPointId, volunteerId, startsAt: new Date(startsAt), endsAt: new Date(endsAt) });
}

let dossierNumber = 0;

/** A dossier row as accept and the officer's actions leave it, without answers. */
export async function insertDossierRow(
	db: Database,
	row: {
		procedureId?: string;
		receivedAt: string;
		dueDate: string;
		originalDueDate?: string;
		status: DossierStatus;
		wardCode: string;
		accessPointId?: string;
		channel: DossierChannel;
		resultAt?: string;
	}
): Promise<string> {
	dossierNumber++;
	const [inserted] = await db
		.insert(dossiers)
		.values({
			code: `TEST-261101-${String(dossierNumber).padStart(6, '0')}`,
			procedureId: row.procedureId ?? 'dang-ky-khai-sinh',
			procedureVersion: 1,
			answers: {},
			clientId: 'test-device',
			clientReference: `CG-TEST-${dossierNumber}`,
			receivedAt: new Date(row.receivedAt),
			dueDate: row.dueDate,
			originalDueDate: row.originalDueDate ?? null,
			status: row.status,
			wardCode: row.wardCode,
			accessPointId: row.accessPointId ?? null,
			channel: row.channel,
			resultAt: row.resultAt ? new Date(row.resultAt) : null
		})
		.returning({ id: dossiers.id });
	return inserted!.id;
}

export async function insertApology(db: Database, dossierId: string, at: string): Promise<void> {
	await db.insert(dossierApologies).values({
		dossierId,
		at: new Date(at),
		reason: 'Cần xác minh thêm thông tin',
		oldDate: '2026-11-05',
		newDate: '2026-11-12'
	});
}
