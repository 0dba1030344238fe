import { createHash, randomBytes, randomInt } from 'node:crypto';
import { and, asc, eq, gt, lte, max } from 'drizzle-orm';
import { outcomes, type Outcome } from '$lib/domain/coaching/attribution';
import { AppError } from '$lib/errors/app-error';
import type { SessionUser } from '../auth/session';
import type { Database } from '../db/client';
import { practiceExercises, practiceSeats } from '../db/schema';
import { procedureCatalogue } from '../procedures/procedure-store';
import { addressKey, pruneRateLimitEvents, startAttempt } from '../rate-limit';

export type PracticeSettings = {
	/** An IT-club session is one afternoon; a code dies with it. */
	lifetimeMs: number;
	/** Wrong codes allowed from one address within the window: a typo is fine, a sweep is not. */
	maxJoinFailures: number;
	failureWindowMs: number;
};

export const defaultPracticeSettings: PracticeSettings = {
	lifetimeMs: 12 * 3_600_000,
	maxJoinFailures: 30,
	failureWindowMs: 15 * 60_000
};

// Crockford's alphabet: no I, L, O or U to misread on a projected screen.
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const exerciseCodePattern = /^[0-9A-HJKMNP-TV-Z]{6}$/;

const newCode = () =>
	Array.from({ length: 6 }, () => alphabet[randomInt(alphabet.length)]).join('');
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const isUniqueViolation = (error: unknown): boolean => {
	const e = error as { code?: string; cause?: { code?: string } } | null;
	return e?.code === '23505' || e?.cause?.code === '23505';
};

export async function createExercise(
	db: Database,
	user: SessionUser,
	caseId: string,
	settings: PracticeSettings,
	now: Date
) {
	// Practice cases live in the procedure documents: one of a procedure offered today.
	const catalogue = await procedureCatalogue(db);
	const known = catalogue
		.procedures()
		.some((definition) => definition.practiceCases?.some((c) => c.id === caseId));
	if (!known) throw new AppError('invalid_input');
	// Expired exercises go first, so their codes are free again.
	await db.delete(practiceExercises).where(lte(practiceExercises.expiresAt, now));
	const expiresAt = new Date(now.getTime() + settings.lifetimeMs);
	for (let attempt = 0; attempt < 5; attempt++) {
		try {
			const [row] = await db
				.insert(practiceExercises)
				.values({
					code: newCode(),
					caseId,
					createdBy: user.id,
					accessPointId: user.accessPointId,
					createdAt: now,
					expiresAt
				})
				.returning();
			return { code: row!.code, caseId: row!.caseId, expiresAt: row!.expiresAt };
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
		}
	}
	throw new AppError('conflict');
}

async function liveExercise(db: Database, code: string, now: Date) {
	const [row] = await db
		.select()
		.from(practiceExercises)
		.where(and(eq(practiceExercises.code, code), gt(practiceExercises.expiresAt, now)))
		.limit(1);
	return row;
}

/** A PC joins: the next seat number and a random token that alone can report for the seat. */
export async function joinExercise(
	db: Database,
	code: string,
	clientAddress: string,
	settings: PracticeSettings,
	now: Date
) {
	const key = `practice:addr:${addressKey(clientAddress)}`;
	const attempt = await startAttempt(db, [key], settings.failureWindowMs, now);
	if (attempt.failuresOf(key) > settings.maxJoinFailures) {
		await attempt.takeBack();
		throw new AppError('rate_limited');
	}
	const exercise = await liveExercise(db, code, now);
	if (!exercise) {
		await attempt.keep();
		await pruneRateLimitEvents(db, 'practice:', new Date(now.getTime() - settings.failureWindowMs));
		throw new AppError('not_found');
	}
	await attempt.takeBack();
	const token = randomBytes(16).toString('base64url');
	// Two PCs joining at once may pick the same number; the unique index sends one round again.
	for (let round = 0; round < 10; round++) {
		const [last] = await db
			.select({ n: max(practiceSeats.number) })
			.from(practiceSeats)
			.where(eq(practiceSeats.exerciseId, exercise.id));
		const number = (last?.n ?? 0) + 1;
		try {
			await db
				.insert(practiceSeats)
				.values({ exerciseId: exercise.id, number, tokenHash: hashToken(token), joinedAt: now });
			return { seat: number, token, caseId: exercise.caseId, expiresAt: exercise.expiresAt };
		} catch (error) {
			if (!isUniqueViolation(error)) throw error;
		}
	}
	throw new AppError('conflict');
}

export type SeatReport = {
	token: string;
	stepsTotal: number;
	stepsAlone: number;
	outcomes: Record<Outcome, number>;
};

/** A seat finished: only counts. Sending it again (a retry) replaces the same seat's counts. */
export async function reportSeat(db: Database, report: SeatReport, now: Date): Promise<void> {
	const sum = outcomes.reduce((n, o) => n + report.outcomes[o], 0);
	if (sum !== report.stepsTotal || report.outcomes.alone !== report.stepsAlone) {
		throw new AppError('invalid_input', 'counts disagree');
	}
	const [seat] = await db
		.select({ id: practiceSeats.id })
		.from(practiceSeats)
		.innerJoin(practiceExercises, eq(practiceExercises.id, practiceSeats.exerciseId))
		.where(
			and(
				eq(practiceSeats.tokenHash, hashToken(report.token)),
				gt(practiceExercises.expiresAt, now)
			)
		)
		.limit(1);
	if (!seat) throw new AppError('not_found');
	await db
		.update(practiceSeats)
		.set({
			finishedAt: now,
			stepsTotal: report.stepsTotal,
			stepsAlone: report.stepsAlone,
			outcomes: report.outcomes
		})
		.where(eq(practiceSeats.id, seat.id));
}

/** The facilitator's view: the creator, or staff of the same access point (admins anywhere). */
export async function viewExercise(db: Database, user: SessionUser, code: string, now: Date) {
	const exercise = await liveExercise(db, code, now);
	if (!exercise) throw new AppError('not_found');
	const samePoint =
		exercise.accessPointId !== null && exercise.accessPointId === user.accessPointId;
	if (exercise.createdBy !== user.id && !samePoint && user.role !== 'admin') {
		throw new AppError('forbidden');
	}
	const seats = await db
		.select()
		.from(practiceSeats)
		.where(eq(practiceSeats.exerciseId, exercise.id))
		.orderBy(asc(practiceSeats.number));
	return {
		code: exercise.code,
		caseId: exercise.caseId,
		expiresAt: exercise.expiresAt,
		seats: seats.map((s) => ({
			seat: s.number,
			finished: s.finishedAt !== null,
			stepsTotal: s.stepsTotal,
			stepsAlone: s.stepsAlone,
			outcomes: s.outcomes as Record<Outcome, number> | null
		}))
	};
}
