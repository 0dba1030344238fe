import { eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { Rating } from '$lib/domain/coaching/coaching-record';
import type { Database } from '../db/client';
import { coachingRecords, ratings } from '../db/schema';
import { noMemo, type Memo } from '../memo';
import { isKnownProcedure } from '../procedures/procedure-store';
import { assertAccessPoint } from './coaching-records';
import { instantInRange } from './instants';

export type StoredRating = {
	id: string;
	accessPointId: string;
	procedureId: string | null;
	coachingRecordId: string | null;
	overall: Rating['overall'];
	criteria: Rating['criteria'];
	at: Date;
	receivedAt: Date;
};

const storedColumns = {
	id: ratings.id,
	accessPointId: ratings.accessPointId,
	procedureId: ratings.procedureId,
	coachingRecordId: ratings.coachingRecordId,
	overall: ratings.overall,
	criteria: ratings.criteria,
	at: ratings.at,
	receivedAt: ratings.receivedAt
};

async function storedRating(db: Database, id: string): Promise<StoredRating | undefined> {
	const [row] = await db.select(storedColumns).from(ratings).where(eq(ratings.id, id)).limit(1);
	return row && { ...row, criteria: row.criteria as Rating['criteria'] };
}

/**
 * Stores one "Gửi đánh giá" answer from the outbox; an id already stored is answered with the
 * stored rating. The session's coaching record need not have arrived (a rating never waits on
 * it), but when it has, it must be of the same access point.
 */
export async function storeRating(
	db: Database,
	rating: Rating,
	clientId: string,
	memo: Memo = noMemo
): Promise<StoredRating> {
	const existing = await storedRating(db, rating.id);
	if (existing) return existing;

	await assertAccessPoint(db, rating.accessPointId, memo);
	if (rating.procedureId !== undefined && !(await isKnownProcedure(db, rating.procedureId))) {
		throw new AppError('unknown_procedure');
	}
	if (rating.coachingRecordId !== undefined) {
		const [record] = await db
			.select({ accessPointId: coachingRecords.accessPointId })
			.from(coachingRecords)
			.where(eq(coachingRecords.id, rating.coachingRecordId))
			.limit(1);
		if (record && record.accessPointId !== rating.accessPointId) throw new AppError('conflict');
	}
	const at = instantInRange(rating.at);

	const [inserted] = await db
		.insert(ratings)
		.values({
			id: rating.id,
			accessPointId: rating.accessPointId,
			procedureId: rating.procedureId ?? null,
			coachingRecordId: rating.coachingRecordId ?? null,
			overall: rating.overall,
			criteria: rating.criteria,
			at,
			clientId
		})
		.onConflictDoNothing({ target: ratings.id })
		.returning(storedColumns);
	if (inserted) return { ...inserted, criteria: inserted.criteria as Rating['criteria'] };
	const raced = await storedRating(db, rating.id);
	if (!raced) throw new Error('rating vanished after a conflicting insert');
	return raced;
}
