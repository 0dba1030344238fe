import { desc, eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import { todayInVietnam } from '$lib/domain/validation/dates';
import type { Database } from '../db/client';
import { coachingRecords } from '../db/schema';
import { addressKey, pruneRateLimitEvents, startAttempt } from '../rate-limit';

export type SkillCardSettings = {
	/** Look-ups of unknown codes allowed from one client address within the window. */
	maxFailuresPerAddress: number;
	failureWindowMs: number;
};

/**
 * A code is 40 random bits: ten misses per address in 15 minutes leaves guessing one out of
 * reach, while a citizen who mistypes is not held up. No per-code limit: a real code never
 * misses, and such a limit would let anyone lock a card by guessing at it.
 */
export const defaultSkillCardSettings: SkillCardSettings = {
	maxFailuresPerAddress: 10,
	failureWindowMs: 15 * 60 * 1000
};

/** One earlier session on the card: enough to show progress, nothing about the person. */
export type SkillCardSession = {
	/** The day in Vietnam, yyyy-mm-dd. */
	date: string;
	procedureId: string;
	stepsTotal: number;
	stepsAlone: number;
	/** stepsAlone / stepsTotal, 0–1. */
	shareAlone: number;
};

/** The newest this many sessions; a card is one person's, and a page shows a few. */
const maxSessions = 100;

/**
 * "The next visit shows progress": the card's sessions, oldest first. A code with no sessions
 * answers an empty list (the first visit's record may not have synced yet) and counts as a miss
 * against the address, as it is what a guess looks like.
 */
export async function skillCardProgress(
	db: Database,
	code: string,
	clientAddress: string,
	settings: SkillCardSettings = defaultSkillCardSettings,
	now: Date = new Date()
): Promise<SkillCardSession[]> {
	const addrKey = `skillcard:addr:${addressKey(clientAddress)}`;
	const attempt = await startAttempt(db, [addrKey], settings.failureWindowMs, now);
	if (attempt.failuresOf(addrKey) > settings.maxFailuresPerAddress) {
		await attempt.takeBack();
		throw new AppError('rate_limited');
	}
	const rows = await db
		.select({
			startedAt: coachingRecords.startedAt,
			procedureId: coachingRecords.procedureId,
			stepsTotal: coachingRecords.stepsTotal,
			stepsAlone: coachingRecords.stepsAlone
		})
		.from(coachingRecords)
		.where(eq(coachingRecords.skillCard, code))
		.orderBy(desc(coachingRecords.startedAt), desc(coachingRecords.id))
		.limit(maxSessions);
	if (rows.length === 0) {
		await attempt.keep();
		await pruneRateLimitEvents(
			db,
			'skillcard:',
			new Date(now.getTime() - settings.failureWindowMs)
		);
		return [];
	}
	await attempt.takeBack();
	return rows.reverse().map((row) => ({
		date: todayInVietnam(row.startedAt),
		procedureId: row.procedureId,
		stepsTotal: row.stepsTotal,
		stepsAlone: row.stepsAlone,
		shareAlone: row.stepsTotal === 0 ? 0 : row.stepsAlone / row.stepsTotal
	}));
}
