/**
 * How often each procedure was used at this access point (`procedures.usage`), kept in
 * `settings` beside the catalogue's revision so that the catalogue keeps its order offline.
 * Not personal data: counts per procedure.
 */
import type { ProcedureUsageCounts } from '$lib/domain/procedures/catalogue-order';
import type { CungLamDb } from '../db';
import type { UsageAnswer } from './procedures.service';

export const usageKey = 'procedures.usage';

/** Counts change slowly; a sync pass every few minutes need not ask each time. */
export const USAGE_REFRESH_MS = 15 * 60_000;

export type StoredUsage = UsageAnswer & { fetchedAt: string };
/** How a refresh reaches the server: the tRPC query in the app, a stand-in in tests. */
export type UsageSource = (accessPointId?: string) => Promise<UsageAnswer>;

const isCounts = (value: unknown): value is ProcedureUsageCounts =>
	typeof value === 'object' &&
	value !== null &&
	Object.values(value).every((n) => typeof n === 'number' && Number.isFinite(n));

export async function readUsage(db: CungLamDb): Promise<StoredUsage | undefined> {
	const value = (await db.settings.get(usageKey))?.value as Partial<StoredUsage> | undefined;
	if (!value || !isCounts(value.counts) || typeof value.fetchedAt !== 'string') return undefined;
	return {
		accessPointId: typeof value.accessPointId === 'string' ? value.accessPointId : null,
		counts: value.counts,
		fetchedAt: value.fetchedAt
	};
}

/**
 * Asks the server for this access point's counts unless the stored ones are recent and for the
 * same access point; throws when the server is unreachable (the stored counts stay).
 * Returns whether it asked.
 */
export async function refreshUsage(
	db: CungLamDb,
	source: UsageSource,
	remembered: string | null,
	now: Date = new Date()
): Promise<boolean> {
	const stored = await readUsage(db);
	const age = stored ? now.getTime() - Date.parse(stored.fetchedAt) : Number.NaN;
	const fresh =
		stored &&
		age >= 0 &&
		age < USAGE_REFRESH_MS &&
		(remembered === null || stored.accessPointId === remembered);
	if (fresh) return false;
	const answer = await source(remembered ?? undefined);
	const value: StoredUsage = { ...answer, fetchedAt: now.toISOString() };
	await db.settings.put({ key: usageKey, value });
	return true;
}
