import { coachingRecordSchema, ratingSchema } from '$lib/domain/coaching/coaching-record';
import { storeCoachingRecord } from '../coaching/coaching-records';
import { storeRating } from '../coaching/ratings';
import { syncHandler, type SyncHandlers } from './push';

/**
 * The outbox entries of a coached session (issue 7, parts 3 and 6). Both check everything first
 * and write one row last, so a refusal leaves nothing to take back and needs no savepoint.
 */
export const coachingSyncHandlers: SyncHandlers = {
	'coaching.record': syncHandler(
		coachingRecordSchema,
		({ tx, clientId, memo }, record) => storeCoachingRecord(tx, record, clientId, memo),
		{ refusesBeforeWriting: true, staffAccessPoint: (record) => record.accessPointId }
	),
	'rating.submit': syncHandler(
		ratingSchema,
		({ tx, clientId, memo }, rating) => storeRating(tx, rating, clientId, memo),
		{ refusesBeforeWriting: true, staffAccessPoint: (rating) => rating.accessPointId }
	)
};
