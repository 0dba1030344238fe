import { and, eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { countOutcomes, type StepSummary } from '$lib/domain/coaching/attribution';
import type { CoachingRecord } from '$lib/domain/coaching/coaching-record';
import type { Database } from '../db/client';
import { accessPoints, coachingRecords, users, type Role } from '../db/schema';
import { noMemo, type Memo } from '../memo';
import { publishedVersion } from '../procedures/procedure-store';
import { instantInRange } from './instants';

/** The roles that may coach: managers and administrators stand in for volunteers. */
export const coachingRoles: readonly Role[] = ['volunteer', 'manager', 'admin'];

/** `duration_ms` is a 32-bit integer; a larger sum would fail the insert, not refuse it. */
const maxDurationMs = 2 ** 31 - 1;

/** What the device gets back: the stored totals, so it can show what the server counted. */
export type StoredCoachingRecord = {
	id: string;
	procedureId: string;
	procedureVersion: number;
	practice: boolean;
	startedAt: Date;
	endedAt: Date;
	durationMs: number;
	stepsTotal: number;
	stepsAlone: number;
	stepsHint: number;
	stepsExplain: number;
	stepsDemonstrate: number;
	stepsVolunteer: number;
	receivedAt: Date;
};

const storedColumns = {
	id: coachingRecords.id,
	procedureId: coachingRecords.procedureId,
	procedureVersion: coachingRecords.procedureVersion,
	practice: coachingRecords.practice,
	startedAt: coachingRecords.startedAt,
	endedAt: coachingRecords.endedAt,
	durationMs: coachingRecords.durationMs,
	stepsTotal: coachingRecords.stepsTotal,
	stepsAlone: coachingRecords.stepsAlone,
	stepsHint: coachingRecords.stepsHint,
	stepsExplain: coachingRecords.stepsExplain,
	stepsDemonstrate: coachingRecords.stepsDemonstrate,
	stepsVolunteer: coachingRecords.stepsVolunteer,
	receivedAt: coachingRecords.receivedAt
};

async function storedRecord(db: Database, id: string): Promise<StoredCoachingRecord | undefined> {
	const [row] = await db
		.select(storedColumns)
		.from(coachingRecords)
		.where(eq(coachingRecords.id, id))
		.limit(1);
	return row;
}

/** Refuses unless the access point exists: not_found. */
export async function assertAccessPoint(db: Database, id: string, memo: Memo): Promise<void> {
	const found = await memo(`accessPoint:${id}`, async () => {
		const [row] = await db
			.select({ id: accessPoints.id })
			.from(accessPoints)
			.where(eq(accessPoints.id, id))
			.limit(1);
		return row !== undefined;
	});
	if (!found) throw new AppError('not_found');
}

/** Refuses unless the account is an active coach of that access point: forbidden. */
async function assertCoach(db: Database, userId: string, accessPointId: string): Promise<void> {
	const [user] = await db
		.select({ role: users.role, disabledAt: users.disabledAt })
		.from(users)
		.where(and(eq(users.id, userId), eq(users.accessPointId, accessPointId)))
		.limit(1);
	if (!user || user.disabledAt !== null || !coachingRoles.includes(user.role)) {
		throw new AppError('forbidden');
	}
}

/** Only the StepSummary keys, in a fixed order: whatever else a device sends never reaches disk. */
function stepLine(step: StepSummary): StepSummary {
	const { stepId, outcome, ms, hints, explanations, demonstrations, fieldsByVolunteer } = step;
	return { stepId, outcome, ms, hints, explanations, demonstrations, fieldsByVolunteer };
}

/**
 * Stores one coaching record from the outbox. An id already stored is answered with the stored
 * record and nothing else happens, whichever mutation id or device resends it. Every refusal
 * comes before the one insert, so the push needs no savepoint; totals are counted here from the
 * steps, never taken from the device.
 */
export async function storeCoachingRecord(
	db: Database,
	record: CoachingRecord,
	clientId: string,
	memo: Memo = noMemo
): Promise<StoredCoachingRecord> {
	const existing = await storedRecord(db, record.id);
	if (existing) return existing;

	await assertAccessPoint(db, record.accessPointId, memo);
	await assertCoach(db, record.volunteerId, record.accessPointId);
	// What happened in a session is kept whatever became of the version since (replaced, retired).
	const definition = await publishedVersion(db, record.procedureId, record.procedureVersion);
	if (!definition) throw new AppError('unknown_procedure');
	const known = new Set(definition.steps.map((step) => step.id));
	const stepIds = record.steps.map((step) => step.stepId);
	if (!stepIds.every((id) => known.has(id)) || new Set(stepIds).size !== stepIds.length) {
		throw new AppError('invalid_input');
	}
	const startedAt = instantInRange(record.startedAt);
	const endedAt = instantInRange(record.endedAt);
	if (startedAt > endedAt) throw new AppError('invalid_input');
	const durationMs = record.steps.reduce((sum, step) => sum + step.ms, 0);
	if (durationMs > maxDurationMs) throw new AppError('invalid_input');

	const counts = countOutcomes(record.steps);
	const [inserted] = await db
		.insert(coachingRecords)
		.values({
			id: record.id,
			accessPointId: record.accessPointId,
			volunteerId: record.volunteerId,
			procedureId: record.procedureId,
			procedureVersion: record.procedureVersion,
			practice: record.practice,
			startedAt,
			endedAt,
			durationMs,
			steps: record.steps.map(stepLine),
			stepsTotal: record.steps.length,
			stepsAlone: counts.alone,
			stepsHint: counts.hint,
			stepsExplain: counts.explain,
			stepsDemonstrate: counts.demonstrate,
			stepsVolunteer: counts.volunteer,
			skillCard: record.skillCard ?? null,
			clientId
		})
		// Two devices resending the same record at once: the second finds the first's row.
		.onConflictDoNothing({ target: coachingRecords.id })
		.returning(storedColumns);
	if (inserted) return inserted;
	const raced = await storedRecord(db, record.id);
	if (!raced) throw new Error('coaching record vanished after a conflicting insert');
	return raced;
}
