import { createHash, timingSafeEqual } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { and, count, eq, gt, inArray, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { rateLimitEvents, resumeDrafts } from '../../db/schema';
import { appError, createRouter, publicProcedure } from '../trpc';

/**
 * "Tiếp tục tại nhà" (issue 4, item 6). The browser derives a lookup id from the resume code and
 * an auth token from code + PIN, and uploads ciphertext only; this router stores and hands back
 * opaque bytes. Inputs are never logged: the lookup id and token are secrets of the citizen.
 */
export type ResumeSettings = {
	keepForMs: number;
	maxBundleBytes: number;
	/** Failed look-ups allowed per code and per client address within `failureWindowMs`. */
	maxFailures: number;
	/**
	 * Wrong guesses a bundle survives in all. Ten an hour for thirty days would be 7,200
	 * guesses, most of a 4-digit PIN's 10,000; past this the bundle is deleted instead.
	 */
	maxLifetimeFailures: number;
	failureWindowMs: number;
};

const hourMs = 60 * 60 * 1000;

export const defaultResumeSettings: ResumeSettings = {
	keepForMs: 30 * 24 * hourMs,
	maxBundleBytes: 20 * 1024 * 1024,
	maxFailures: 10,
	maxLifetimeFailures: 30,
	failureWindowMs: hourMs
};

const credentials = z.object({
	lookupId: z
		.string()
		.regex(/^[0-9a-fA-F]{64}$/)
		.transform((id) => id.toLowerCase()),
	authToken: z.string().regex(/^[A-Za-z0-9_-]{32,128}$/)
});

// Size is checked by hand, so that an oversized bundle is `payload_too_large`, not invalid input.
const storeInput = credentials.extend({ ciphertext: z.string().min(1) });

type Credentials = z.output<typeof credentials>;

const sha256Hex = (value: string) => createHash('sha256').update(value).digest('hex');

function sameHash(a: string, b: string): boolean {
	const left = Buffer.from(a, 'hex');
	const right = Buffer.from(b, 'hex');
	return left.length === right.length && timingSafeEqual(left, right);
}

/** Standard base64 (with padding) to bytes, refusing more than `maxBytes` before decoding. */
function decodeBundle(base64: string, maxBytes: number): Uint8Array {
	if (base64.length > Math.ceil(maxBytes / 3) * 4) throw appError('payload_too_large');
	// No grouped pattern here: V8 overflows its stack on one over tens of megabytes.
	if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
		throw appError('invalid_input');
	}
	const bytes = Buffer.from(base64, 'base64');
	if (bytes.length > maxBytes) throw appError('payload_too_large');
	if (bytes.length === 0) throw appError('invalid_input');
	return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

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

/**
 * Checks the limits, then the bundle, for `fetch` and `remove`. The attempt is recorded for the
 * code and the address BEFORE counting: a check made before recording would let a burst of
 * parallel guesses all see the same low count. A success or a refusal takes its rows back; a
 * wrong or unknown code keeps them, and they are the failures counted next time.
 */
async function openBundle(
	db: Database,
	settings: ResumeSettings,
	input: Credentials,
	clientAddress: string
): Promise<{ expiresAt: Date }> {
	const now = new Date();
	const since = new Date(now.getTime() - settings.failureWindowMs);
	const addrKey = `resume:addr:${addressKey(clientAddress)}`;
	const codeKey = `resume:code:${input.lookupId}`;
	const keys = [addrKey, codeKey];
	const recorded = await db
		.insert(rateLimitEvents)
		.values(keys.map((key) => ({ key, at: now })))
		.returning({ id: rateLimitEvents.id });
	const takeBack = () =>
		db.delete(rateLimitEvents).where(
			inArray(
				rateLimitEvents.id,
				recorded.map((r) => r.id)
			)
		);
	const counts = await db
		.select({ key: rateLimitEvents.key, n: count() })
		.from(rateLimitEvents)
		.where(and(inArray(rateLimitEvents.key, keys), gt(rateLimitEvents.at, since)))
		.groupBy(rateLimitEvents.key);
	const failuresOf = (key: string) => counts.find((c) => c.key === key)?.n ?? 0;
	// Counts include this attempt, so "more than the limit" means the limit was already reached.
	if (failuresOf(addrKey) > settings.maxFailures) {
		await takeBack();
		throw appError('rate_limited');
	}
	if (failuresOf(codeKey) > settings.maxFailures) {
		await takeBack();
		throw appError('resume_locked');
	}

	const [draft] = await db
		.select({
			authHash: resumeDrafts.authHash,
			expiresAt: resumeDrafts.expiresAt,
			failedAttempts: resumeDrafts.failedAttempts
		})
		.from(resumeDrafts)
		.where(eq(resumeDrafts.lookupId, input.lookupId))
		.limit(1);
	if (draft && draft.expiresAt <= now) {
		await db.delete(resumeDrafts).where(eq(resumeDrafts.lookupId, input.lookupId));
		await takeBack();
		throw appError('resume_expired');
	}
	if (!draft || !sameHash(draft.authHash, sha256Hex(input.authToken))) {
		await db
			.delete(rateLimitEvents)
			.where(and(inArray(rateLimitEvents.key, keys), lte(rateLimitEvents.at, since)));
		if (draft && draft.failedAttempts + 1 >= settings.maxLifetimeFailures) {
			await db.delete(resumeDrafts).where(eq(resumeDrafts.lookupId, input.lookupId));
		} else if (draft) {
			const lockNow = failuresOf(codeKey) >= settings.maxFailures;
			await db
				.update(resumeDrafts)
				.set({
					failedAttempts: sql`${resumeDrafts.failedAttempts} + 1`,
					...(lockNow ? { lockedUntil: new Date(now.getTime() + settings.failureWindowMs) } : {})
				})
				.where(eq(resumeDrafts.lookupId, input.lookupId));
		}
		throw appError('resume_wrong');
	}
	await takeBack();
	return { expiresAt: draft.expiresAt };
}

/** Expired bundles and stale failure records go whenever someone stores; no cron job needed. */
async function purgeExpired(db: Database, settings: ResumeSettings, now: Date): Promise<void> {
	await db.delete(resumeDrafts).where(lte(resumeDrafts.expiresAt, now));
	await db
		.delete(rateLimitEvents)
		.where(lte(rateLimitEvents.at, new Date(now.getTime() - settings.failureWindowMs)));
}

export function createResumeRouter(overrides: Partial<ResumeSettings> = {}) {
	const settings: ResumeSettings = { ...defaultResumeSettings, ...overrides };
	return createRouter({
		/** Uploads (or replaces, with the same token) the encrypted bundle for home. */
		store: publicProcedure.input(storeInput).mutation(async ({ ctx, input }) => {
			const ciphertext = decodeBundle(input.ciphertext, settings.maxBundleBytes);
			const now = new Date();
			await purgeExpired(ctx.db, settings, now);
			const authHash = sha256Hex(input.authToken);
			const [existing] = await ctx.db
				.select({ authHash: resumeDrafts.authHash })
				.from(resumeDrafts)
				.where(eq(resumeDrafts.lookupId, input.lookupId))
				.limit(1);
			if (existing && !sameHash(existing.authHash, authHash)) throw appError('conflict');
			const expiresAt = new Date(now.getTime() + settings.keepForMs);
			const size = ciphertext.byteLength;
			// The guard in `setWhere` covers a bundle stored by someone else between the two queries.
			const stored = await ctx.db
				.insert(resumeDrafts)
				.values({
					lookupId: input.lookupId,
					authHash,
					ciphertext,
					sizeBytes: size,
					createdAt: now,
					expiresAt
				})
				.onConflictDoUpdate({
					target: resumeDrafts.lookupId,
					set: { ciphertext, sizeBytes: size, expiresAt },
					setWhere: eq(resumeDrafts.authHash, authHash)
				})
				.returning({ expiresAt: resumeDrafts.expiresAt });
			if (stored.length === 0) throw appError('conflict');
			return { expiresAt };
		}),

		/**
		 * The ciphertext (standard base64) for the browser at home to decrypt. A mutation although it
		 * reads: a query would put the lookup id and token in the URL, where proxies log them, and
		 * each call records an attempt.
		 */
		fetch: publicProcedure.input(credentials).mutation(async ({ ctx, input }) => {
			const { expiresAt } = await openBundle(ctx.db, settings, input, ctx.clientAddress);
			// Read as hex text: PGlite parses bytea one byte at a time, seconds for 20 MB.
			const [draft] = await ctx.db
				.select({ hex: sql<string>`encode(${resumeDrafts.ciphertext}, 'hex')` })
				.from(resumeDrafts)
				.where(eq(resumeDrafts.lookupId, input.lookupId))
				.limit(1);
			// Removed between the two queries (finished in another tab): nothing to hand back.
			if (!draft) throw appError('resume_wrong');
			return { ciphertext: Buffer.from(draft.hex, 'hex').toString('base64'), expiresAt };
		}),

		/** The citizen finished at home: the server copy goes. */
		remove: publicProcedure.input(credentials).mutation(async ({ ctx, input }) => {
			await openBundle(ctx.db, settings, input, ctx.clientAddress);
			await ctx.db.delete(resumeDrafts).where(eq(resumeDrafts.lookupId, input.lookupId));
			return { removed: true };
		})
	});
}

export const resumeRouter = createResumeRouter();
