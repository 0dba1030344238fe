import { createHash, timingSafeEqual } from 'node:crypto';
import { eq, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { decodeBase64 } from '../../base64';
import type { Database } from '../../db/client';
import { resumeDrafts } from '../../db/schema';
import { addressKey, pruneRateLimitEvents, startAttempt } from '../../rate-limit';
import { chargeUpload } from '../../upload-limit';
import { defaultResumeSettings, type ResumeSettings } from '../../resume/resume-settings';
import { appError, createRouter, publicProcedure } from '../trpc';

export type { ResumeSettings };

/**
 * "Tiếp tục tại nhà" (issue 4, item 6). The browser derives a lookup id from the resume code and
 * an auth token from code + PIN, and uploads ciphertext only; this router stores and hands back
 * opaque bytes. Inputs are never logged: the lookup id and token are secrets of the citizen.
 */
const credentials = z.object({
	lookupId: z
		.string()
		.regex(/^[0-9a-fA-F]{64}$/)
		.transform((id) => id.toLowerCase()),
	authToken: z
		.string()
		.max(128)
		.regex(/^[A-Za-z0-9_-]{32,128}$/)
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

/** Kept here too for callers that knew it from this module. */
export { addressKey };

/**
 * Checks the limits, then the bundle, for `fetch` and `remove`. The attempt is recorded for the
 * code and the address before counting (see startAttempt). A success or a refusal takes its
 * records back; a wrong or unknown code keeps them, and they are the failures counted next time.
 */
async function openBundle(
	db: Database,
	settings: ResumeSettings,
	input: Credentials,
	clientAddress: string
): Promise<{ expiresAt: Date }> {
	const now = new Date();
	const addrKey = `resume:addr:${addressKey(clientAddress)}`;
	const codeKey = `resume:code:${input.lookupId}`;
	const attempt = await startAttempt(db, [addrKey, codeKey], settings.failureWindowMs, now);
	// Counts include this attempt, so "more than the limit" means the limit was already reached.
	if (attempt.failuresOf(addrKey) > settings.maxFailures) {
		await attempt.takeBack();
		throw appError('rate_limited');
	}
	if (attempt.failuresOf(codeKey) > settings.maxFailures) {
		await attempt.takeBack();
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
		await attempt.takeBack();
		throw appError('resume_expired');
	}
	if (!draft || !sameHash(draft.authHash, sha256Hex(input.authToken))) {
		await attempt.keep();
		if (draft && draft.failedAttempts + 1 >= settings.maxLifetimeFailures) {
			await db.delete(resumeDrafts).where(eq(resumeDrafts.lookupId, input.lookupId));
		} else if (draft) {
			const lockNow = attempt.failuresOf(codeKey) >= settings.maxFailures;
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
	await attempt.takeBack();
	return { expiresAt: draft.expiresAt };
}

/** Expired bundles and stale failure records go whenever someone stores; no cron job needed. */
async function purgeExpired(db: Database, settings: ResumeSettings, now: Date): Promise<void> {
	await db.delete(resumeDrafts).where(lte(resumeDrafts.expiresAt, now));
	await pruneRateLimitEvents(db, 'resume:', new Date(now.getTime() - settings.failureWindowMs));
}

export function createResumeRouter(overrides: Partial<ResumeSettings> = {}) {
	const settings: ResumeSettings = { ...defaultResumeSettings, ...overrides };
	return createRouter({
		/** Uploads (or replaces, with the same token) the encrypted bundle for home. */
		store: publicProcedure.input(storeInput).mutation(async ({ ctx, input }) => {
			const ciphertext = decodeBase64(input.ciphertext, settings.maxBundleBytes);
			await chargeUpload(ctx.db, ctx.clientAddress, ciphertext.byteLength);
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
