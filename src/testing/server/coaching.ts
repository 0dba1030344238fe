import { randomUUID } from 'node:crypto';
import {
	recordEdit,
	recordRung,
	recordTime,
	summarizeSteps,
	type Attribution
} from '$lib/domain/coaching/attribution';
import type { CoachingRecord } from '$lib/domain/coaching/coaching-record';
import { getProcedure } from '$testing/procedures/catalogue';
import type { SessionUser } from '$lib/server/auth/session';
import type { Database } from '$lib/server/db/client';
import { accessPoints, users, type Role } from '$lib/server/db/schema';

/** Test data only: two access points and their staff, as the coaching tests need them. */
export type CoachingWorld = {
	pointA: string;
	pointB: string;
	volunteerA: SessionUser;
	volunteerA2: SessionUser;
	volunteerB: SessionUser;
	managerA: SessionUser;
	managerB: SessionUser;
	officerA: SessionUser;
	disabledA: SessionUser;
	admin: SessionUser;
};

export async function seedCoachingWorld(db: Database): Promise<CoachingWorld> {
	const point = async (name: string) => {
		const [row] = await db
			.insert(accessPoints)
			.values({ name, provinceCode: '01', communeCode: '00004', street: 'Phố Đội Cấn' })
			.returning({ id: accessPoints.id });
		return row!.id;
	};
	const pointA = await point('Điểm A');
	const pointB = await point('Điểm B');
	const user = async (
		username: string,
		role: Role,
		accessPointId: string | null,
		disabled = false
	): Promise<SessionUser> => {
		const displayName = `Tên ${username}`;
		const [row] = await db
			.insert(users)
			.values({
				username,
				displayName,
				role,
				passwordHash: 'x',
				accessPointId,
				disabledAt: disabled ? new Date('2026-01-01T00:00:00Z') : null
			})
			.returning({ id: users.id });
		return { id: row!.id, username, displayName, role, accessPointId };
	};
	return {
		pointA,
		pointB,
		volunteerA: await user('tnv.a', 'volunteer', pointA),
		volunteerA2: await user('tnv.a2', 'volunteer', pointA),
		volunteerB: await user('tnv.b', 'volunteer', pointB),
		managerA: await user('quanly.a', 'manager', pointA),
		managerB: await user('quanly.b', 'manager', pointB),
		officerA: await user('canbo.a', 'officer', pointA),
		disabledA: await user('tnv.nghi', 'volunteer', pointA, true),
		admin: await user('quantri', 'admin', null)
	};
}

/**
 * A birth-registration session as the coach panel records it: requester alone, child after
 * "Gợi ý" and "Giải thích", parents after "Làm mẫu", documents with one field by "Làm giúp".
 */
export function coachedAttribution(): Attribution {
	let a: Attribution = {};
	a = recordEdit(a, 'requester', 'fullName', 'citizen');
	a = recordTime(a, 'requester', 42_000);
	a = recordRung(a, 'child', 'hint');
	a = recordRung(a, 'child', 'explain');
	a = recordEdit(a, 'child', 'fullName', 'citizen');
	a = recordTime(a, 'child', 35_000);
	a = recordRung(a, 'parents', 'demonstrate');
	a = recordEdit(a, 'parents', 'motherName', 'citizen');
	a = recordTime(a, 'parents', 61_000);
	a = recordRung(a, 'documents', 'hint');
	a = recordEdit(a, 'documents', 'hasBirthCertificate', 'citizen');
	a = recordEdit(a, 'documents', 'birthCertificate', 'volunteer');
	a = recordTime(a, 'documents', 20_500);
	return a;
}

export function coachingRecordFor(
	accessPointId: string,
	volunteerId: string,
	overrides: Partial<CoachingRecord> = {}
): CoachingRecord {
	const definition = getProcedure('dang-ky-khai-sinh')!;
	const shown = ['requester', 'child', 'parents', 'documents', 'delivery'].filter((id) =>
		definition.steps.some((step) => step.id === id)
	);
	return {
		id: randomUUID(),
		accessPointId,
		volunteerId,
		procedureId: definition.id,
		procedureVersion: definition.version,
		practice: false,
		startedAt: '2026-11-20T02:00:00.000Z',
		endedAt: '2026-11-20T02:05:00.000Z',
		steps: summarizeSteps(shown, coachedAttribution()),
		...overrides
	};
}
