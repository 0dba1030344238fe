/**
 * When a failed notification is tried again: exponential backoff from `baseMs`, doubled per
 * attempt up to `capMs`, with "full jitter" (a random point in [half, whole] of the step) so
 * that messages failing together — an SMTP server down for everyone — do not all come back in
 * the same second. `random` is Math.random in the worker, fixed in tests.
 */
export type RetryPolicy = { maxAttempts: number; baseMs: number; capMs: number };

/** 8 attempts over about 2 hours: 30 s, 1, 2, 4, 8, 16, 32 min (each jittered). */
export const defaultRetryPolicy: RetryPolicy = {
	maxAttempts: 8,
	baseMs: 30_000,
	capMs: 60 * 60_000
};

/** The wait after the `attempt`-th failed attempt (1 for the first). */
export function retryDelayMs(
	attempt: number,
	policy: RetryPolicy,
	random: () => number = Math.random
): number {
	const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
	return Math.round(step / 2 + (random() * step) / 2);
}

/** After this attempt, is the message given up (dead-lettered)? */
export const givesUp = (attempt: number, policy: RetryPolicy): boolean =>
	attempt >= policy.maxAttempts;
