/**
 * When to try again after a failed sync: capped exponential backoff with "full jitter" (a random
 * delay between zero and the exponential step), so that every PC of a ward coming back online at
 * once does not hit the server in the same second.
 */
export type BackoffPolicy = { baseMs: number; capMs: number };

export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, capMs: 5 * 60_000 };

/** `failures` counts the failed attempts in a row, from 1; `random` returns [0, 1). */
export function backoffDelay(
	failures: number,
	policy: BackoffPolicy = defaultBackoff,
	random: () => number = Math.random
): number {
	const exponent = Math.min(Math.max(failures - 1, 0), 30);
	const step = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
	// Never zero: a tight retry loop would spin while the server is down.
	return Math.max(policy.baseMs / 4, Math.floor(random() * step));
}
