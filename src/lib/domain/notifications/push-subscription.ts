import { z } from 'zod';

/**
 * What a browser's `PushSubscription.toJSON()` gives, as the server accepts it for the push
 * consent: an https endpoint of bounded length and the two keys in base64url (RFC 8291: the
 * P-256 public key, 65 bytes → 87 characters; the auth secret, 16 bytes → 22 characters).
 * Padding is tolerated, other characters are not. Anything else the browser adds is dropped.
 */
// The lengths live in the patterns: the fuzzer builds strings from a pattern, and a separate
// length would be a filter that almost nothing it builds passes.
const p256dh = z.string().regex(/^[A-Za-z0-9_-]{86,88}={0,2}$/);
const auth = z.string().regex(/^[A-Za-z0-9_-]{22,24}={0,2}$/);

/**
 * A push service is a public host by name: an address typed as an IP, or a one-label name such
 * as localhost, would make the server send requests into its own network for whoever asks.
 */
function publicHostName(hostname: string): boolean {
	if (hostname.startsWith('[')) return false;
	if (/^\d+(\.\d+){3}$/.test(hostname)) return false;
	return hostname.includes('.') && !/\.(local|internal|localhost)$/.test(hostname);
}

export const pushSubscriptionInput = z.object({
	endpoint: z
		.string()
		.max(1024)
		.refine((value) => {
			try {
				const url = new URL(value);
				return (
					url.protocol === 'https:' &&
					url.username === '' &&
					url.password === '' &&
					publicHostName(url.hostname)
				);
			} catch {
				return false;
			}
		}, 'https endpoint'),
	keys: z.object({ p256dh, auth })
});

export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;
