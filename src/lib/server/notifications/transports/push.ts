import type { Agent } from 'node:https';
import webpush from 'web-push';
import type { PushSettings } from '../settings';
import { DeliveryFailure, reasonOf, type Transport } from './transport';

/**
 * Web Push to the app installed at home (VAPID, RFC 8291 aes128gcm payloads, by web-push). The
 * payload is what the service worker shows: title, body and the look-up to open on a click.
 * `agent` carries the TLS trust (or a proxy) of a network that needs one.
 */
export function pushTransport(
	settings: PushSettings,
	options: { timeoutMs?: number; agent?: Agent } = {}
): Transport {
	const { timeoutMs = 30_000, agent } = options;
	const vapidDetails = {
		subject: settings.subject,
		publicKey: settings.publicKey,
		privateKey: settings.privateKey
	};
	return {
		channel: 'push',
		async send(delivery) {
			if (typeof delivery.to === 'string') throw new DeliveryFailure('no subscription', true);
			const payload = JSON.stringify({
				title: delivery.subject,
				body: delivery.text,
				url: delivery.url,
				tag: `notification-${delivery.notificationId}`
			});
			try {
				const result = await webpush.sendNotification(delivery.to, payload, {
					vapidDetails,
					TTL: 24 * 60 * 60,
					contentEncoding: 'aes128gcm',
					timeout: timeoutMs,
					...(agent && { agent })
				});
				const location = result.headers?.location;
				return { providerMessageId: typeof location === 'string' ? location : null };
			} catch (error) {
				const status = (error as { statusCode?: unknown }).statusCode;
				if (typeof status === 'number') {
					// 404 and 410: the browser dropped the subscription; it will never come back.
					throw new DeliveryFailure(`push HTTP ${status}`, status === 404 || status === 410);
				}
				throw new DeliveryFailure(reasonOf(error));
			}
		},
		close: () => {}
	};
}
