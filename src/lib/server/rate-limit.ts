import { isIPv6 } from 'node:net';
import { and, count, gt, inArray, like, lte } from 'drizzle-orm';
import type { Database } from './db/client';
import { rateLimitEvents } from './db/schema';

/**
 * Failure limits for look-ups by a guessable secret (resume codes, dossier codes), kept in
 * `rate_limit_events` so that they hold across several stateless app servers.
 */

/** An IPv6 client usually holds a whole /64, so the limit counts the /64 as one address. */
export function addressKey(address: string): string {
	const plain = address.trim().toLowerCase().replace(/%.*$/, '');
	const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(plain);
	if (mapped) return mapped[1]!;
	if (!isIPv6(plain)) return plain;
	const hex = plain.replace(
		/(\d+)\.(\d+)\.(\d+)\.(\d+)$/,
		(_, a: string, b: string, c: string, d: string) =>
			`${((+a << 8) | +b).toString(16)}:${((+c << 8) | +d).toString(16)}`
	);
	const [head = '', tail] = hex.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups =
		tail === undefined
			? left
			: [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
	return `${groups
		.slice(0, 4)
		.map((g) => parseInt(g, 16).toString(16))
		.join(':')}::/64`;
}

export type LimitedAttempt = {
	/** Failures recorded for `key` within the window, this attempt included. */
	failuresOf(key: string): number;
	/** A success or a refusal: this attempt is not a failure, and its records go. */
	takeBack(): Promise<void>;
	/** A failure: this attempt's records stay; those of the same keys older than the window go. */
	keep(): Promise<void>;
};

/**
 * Records an attempt against every key, THEN counts the window. A check made before recording
 * would let a burst of parallel guesses all see the same low count; this way each of them sees
 * the others. The caller compares the counts with its limits (more than the limit means the limit
 * was already reached before this attempt), and ends the attempt with `takeBack` or `keep`.
 */
export async function startAttempt(
	db: Database,
	keys: readonly string[],
	windowMs: number,
	now: Date = new Date()
): Promise<LimitedAttempt> {
	const since = new Date(now.getTime() - windowMs);
	const recorded = await db
		.insert(rateLimitEvents)
		.values(keys.map((key) => ({ key, at: now })))
		.returning({ id: rateLimitEvents.id });
	const counts = await db
		.select({ key: rateLimitEvents.key, n: count() })
		.from(rateLimitEvents)
		.where(and(inArray(rateLimitEvents.key, [...keys]), gt(rateLimitEvents.at, since)))
		.groupBy(rateLimitEvents.key);
	return {
		failuresOf: (key) => counts.find((c) => c.key === key)?.n ?? 0,
		takeBack: async () => {
			await db.delete(rateLimitEvents).where(
				inArray(
					rateLimitEvents.id,
					recorded.map((r) => r.id)
				)
			);
		},
		keep: async () => {
			await db
				.delete(rateLimitEvents)
				.where(and(inArray(rateLimitEvents.key, [...keys]), lte(rateLimitEvents.at, since)));
		}
	};
}

/**
 * Records of one family of keys ('resume:', 'lookup:') older than that family's window. Called
 * opportunistically, no cron job needed; each family prunes its own, as windows differ.
 */
export async function pruneRateLimitEvents(
	db: Database,
	keyPrefix: string,
	olderThan: Date
): Promise<void> {
	// Prefixes are ours, without wildcard characters.
	await db
		.delete(rateLimitEvents)
		.where(and(like(rateLimitEvents.key, `${keyPrefix}%`), lte(rateLimitEvents.at, olderThan)));
}
