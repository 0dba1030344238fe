import { z } from 'zod';

/**
 * What a browser's `PushSubscription.toJSON()` gives, as the server accepts it for the push
 * consent: an https endpoint of bounded length and the two keys in base64url (RFC 8291: the
 * P-256 public key, 65 bytes → 87 characters; the auth secret, 16 bytes → 22 characters).
 * Padding is tolerated, other characters are not. Anything else the browser adds is dropped.
 */
const base64url = (min: number, max: number) =>
	z
		.string()
		.min(min)
		.max(max)
		.regex(/^[A-Za-z0-9_-]+={0,2}$/);

export const pushSubscriptionInput = z.object({
	endpoint: z
		.string()
		.max(1024)
		.refine((value) => {
			try {
				const url = new URL(value);
				return url.protocol === 'https:' && url.username === '' && url.password === '';
			} catch {
				return false;
			}
		}, 'https endpoint'),
	keys: z.object({
		p256dh: base64url(86, 88),
		auth: base64url(22, 24)
	})
});

export type PushSubscriptionInput = z.infer<typeof pushSubscriptionInput>;
