import { describe, expect, it } from 'vitest';
import { pushSubscriptionInput } from './push-subscription';

const p256dh = `B${'A'.repeat(86)}`;
const auth = 'C'.repeat(22);
const good = { endpoint: 'https://fcm.googleapis.com/fcm/send/abc:def', keys: { p256dh, auth } };
const ok = (value: unknown) => pushSubscriptionInput.safeParse(value).success;

describe('a push subscription from the browser (issue 20)', () => {
	it('accepts what PushSubscription.toJSON() gives and drops the extras', () => {
		const parsed = pushSubscriptionInput.parse({ ...good, expirationTime: null });
		expect(parsed).toEqual(good);
	});

	it('refuses an endpoint that is not https, has credentials, is no URL or is too long', () => {
		expect(ok({ ...good, endpoint: 'http://push.example/x' })).toBe(false);
		expect(ok({ ...good, endpoint: 'https://u:p@push.example/x' })).toBe(false);
		expect(ok({ ...good, endpoint: 'not a url' })).toBe(false);
		expect(ok({ ...good, endpoint: `https://push.example/${'a'.repeat(1024)}` })).toBe(false);
	});

	it('refuses an endpoint inside the server’s own network: an IP, a one-label or local name', () => {
		for (const host of [
			'127.0.0.1',
			'10.0.0.5',
			'169.254.169.254',
			'[::1]',
			'localhost',
			'push.local',
			'metadata.internal'
		])
			expect(ok({ ...good, endpoint: `https://${host}/send/x` }), host).toBe(false);
		expect(ok({ ...good, endpoint: 'https://web.push.apple.com/QGuQyavXu' })).toBe(true);
	});

	it('refuses keys that are not base64url or not of the RFC 8291 sizes', () => {
		expect(ok({ ...good, keys: { p256dh: p256dh.replace('A', '+'), auth } })).toBe(false);
		expect(ok({ ...good, keys: { p256dh: p256dh.slice(10), auth } })).toBe(false);
		expect(ok({ ...good, keys: { p256dh, auth: `${auth}AAAAAAAA` } })).toBe(false);
		expect(ok({ ...good, keys: { p256dh } })).toBe(false);
	});
});
