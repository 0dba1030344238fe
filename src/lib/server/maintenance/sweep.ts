import { lte, sql } from 'drizzle-orm';
import { purgeStaleChunks } from '../attachments/attachment-store';
import { deleteExpiredSessions } from '../auth/session';
import { queryRows, type Database } from '../db/client';
import { practiceExercises, rateLimitEvents, resumeDrafts } from '../db/schema';

/**
 * What expires is removed on a schedule (issue 14, item 4) as well as opportunistically where
 * it is used, so that nothing piles up on a quiet server: uploads no dossier names, resume
 * bundles, staff sessions, rate-limit records and practice exercises past their lifetime.
 * Every step is a plain delete by condition, so two app servers sweeping at once delete each
 * row once and the other finds nothing.
 */
export type SweepSettings = {
	/**
	 * How long a whole uploaded file may wait for the dossier (or supplement, or online result)
	 * that names it. A device marks a file uploaded and does not send it again, then pushes the
	 * dossier in the same pass or whenever it is next online; drafts live 30 days on a device.
	 */
	unreferencedFileKeepMs: number;
	/** Longer than the window of any limit kept in `rate_limit_events` (the longest is 1 hour). */
	rateLimitKeepMs: number;
	/** Files removed per statement: each is up to 5 MB of bytea. */
	fileBatch: number;
};

const dayMs = 24 * 60 * 60 * 1000;

export const defaultSweepSettings: SweepSettings = {
	unreferencedFileKeepMs: 30 * dayMs,
	rateLimitKeepMs: dayMs,
	fileBatch: 100
};

export type SweepReport = {
	files: number;
	resumeBundles: number;
	rateLimitEvents: number;
	practiceExercises: number;
};

/** PostgreSQL's foreign_key_violation: a dossier named the file while it was being removed. */
const foreignKeyViolation = '23503';

function isForeignKeyViolation(error: unknown): boolean {
	for (let e = error; typeof e === 'object' && e !== null; e = (e as { cause?: unknown }).cause) {
		if ((e as { code?: unknown }).code === foreignKeyViolation) return true;
	}
	return false;
}

/**
 * Whole files older than the lifetime that no dossier attachment and no online result names.
 * A file a push names at this very moment makes the delete fail on the foreign key: it stays,
 * and the batch is tried again at the next sweep. Unfinished uploads (chunks) have their own,
 * shorter lifetime, counted from their newest chunk (purgeStaleChunks).
 */
export async function removeUnreferencedFiles(
	db: Database,
	now: Date,
	settings: SweepSettings = defaultSweepSettings
): Promise<number> {
	const cutoff = new Date(now.getTime() - settings.unreferencedFileKeepMs).toISOString();
	let removed = 0;
	for (;;) {
		let batch: { sha256: string }[];
		try {
			batch = await queryRows<{ sha256: string }>(
				db,
				sql`delete from attachment_blobs where sha256 in (
					select b.sha256 from attachment_blobs b
					where b.created_at < ${cutoff}::timestamptz
						and not exists (select 1 from dossier_attachments a where a.sha256 = b.sha256)
						and not exists (select 1 from dossiers d
							where d.result_delivery ->> 'fileSha256' = b.sha256)
					limit ${settings.fileBatch})
				returning sha256`
			);
		} catch (error) {
			if (isForeignKeyViolation(error)) return removed;
			throw error;
		}
		removed += batch.length;
		if (batch.length < settings.fileBatch) return removed;
	}
}

export async function sweep(
	db: Database,
	now: Date = new Date(),
	settings: SweepSettings = defaultSweepSettings
): Promise<SweepReport> {
	await purgeStaleChunks(db, now);
	const files = await removeUnreferencedFiles(db, now, settings);
	const resumeBundles = await db
		.delete(resumeDrafts)
		.where(lte(resumeDrafts.expiresAt, now))
		.returning({ id: resumeDrafts.lookupId });
	await deleteExpiredSessions(db, now);
	const events = await db
		.delete(rateLimitEvents)
		.where(lte(rateLimitEvents.at, new Date(now.getTime() - settings.rateLimitKeepMs)))
		.returning({ id: rateLimitEvents.id });
	// Seats go with their exercise (on delete cascade).
	const exercises = await db
		.delete(practiceExercises)
		.where(lte(practiceExercises.expiresAt, now))
		.returning({ id: practiceExercises.id });
	return {
		files,
		resumeBundles: resumeBundles.length,
		rateLimitEvents: events.length,
		practiceExercises: exercises.length
	};
}

const hourMs = 60 * 60 * 1000;

/**
 * Sweeps every `intervalMs` (the first a minute after start, off the start-up path) on timers
 * that never keep the process alive. A sweep still running skips the next tick. Failures are
 * logged by name only and the next tick tries again.
 */
export function scheduleSweeps(
	database: () => Promise<Database>,
	intervalMs: number = hourMs,
	firstAfterMs: number = 60_000
): { stop(): void } {
	let running = false;
	const run = async () => {
		if (running) return;
		running = true;
		try {
			const report = await sweep(await database());
			if (Object.values(report).some((n) => n > 0)) {
				console.log(`[sweep] ${JSON.stringify(report)}`);
			}
		} catch (error) {
			console.error(`[sweep] failed: ${error instanceof Error ? error.name : typeof error}`);
		} finally {
			running = false;
		}
	};
	const first = setTimeout(() => void run(), firstAfterMs);
	const every = setInterval(() => void run(), intervalMs);
	first.unref();
	every.unref();
	return {
		stop() {
			clearTimeout(first);
			clearInterval(every);
		}
	};
}
