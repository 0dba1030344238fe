/**
 * Web Push at home (issue 20): whether this browser may be offered "Nhận thông báo trên máy
 * này", and the subscription itself. Never on a shared access-point PC: a PC enrolled by the
 * office, or one where staff logged in, must not receive a citizen's notifications.
 */
import { cungLamDb } from '../db';
import { readEnrolment } from '../devices/device-enrolment';
import { readDeviceAccessPoint } from '../state/device-access-point';
import { pushPublicKey, subscribePush, type ContactConsent } from './notifications.service';

export type PushOutcome =
	| { kind: 'subscribed'; contact: ContactConsent[] }
	/** The browser blocks notifications for this site: only its settings can change that. */
	| { kind: 'denied' }
	/** The citizen closed the question without answering. */
	| { kind: 'dismissed' }
	/** The browser's push service refused or could not be reached. */
	| { kind: 'unavailable' };

const supportsPush = () =>
	typeof window !== 'undefined' &&
	'PushManager' in window &&
	'Notification' in window &&
	'serviceWorker' in navigator;

async function sharedPc(): Promise<boolean> {
	if (readDeviceAccessPoint() !== null) return true;
	return (await readEnrolment(cungLamDb()).catch(() => undefined)) !== undefined;
}

/** The VAPID key to subscribe with, or null when the offer must not be made on this browser. */
export async function pushOfferKey(): Promise<string | null> {
	if (!supportsPush()) return null;
	if (!(await navigator.serviceWorker.getRegistration())) return null;
	if (await sharedPc()) return null;
	return pushPublicKey();
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
	const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
	const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
	const bytes = new Uint8Array(new ArrayBuffer(binary.length));
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

function sameKey(a: ArrayBuffer | null, b: Uint8Array): boolean {
	if (!a || a.byteLength !== b.length) return false;
	const bytes = new Uint8Array(a);
	return bytes.every((value, i) => value === b[i]);
}

/**
 * Asks the permission (from the citizen's click), subscribes with the server's key and sends
 * the subscription under the look-up's proof. A server refusal is thrown, as other calls do.
 */
export async function subscribeThisBrowser(
	proof: { code: string; last4: string },
	key: string
): Promise<PushOutcome> {
	const permission = await Notification.requestPermission();
	if (permission === 'denied') return { kind: 'denied' };
	if (permission !== 'granted') return { kind: 'dismissed' };
	let subscription: PushSubscription;
	try {
		const registration = await navigator.serviceWorker.ready;
		const applicationServerKey = keyBytes(key);
		let existing = await registration.pushManager.getSubscription();
		// One made with an earlier key of the server would be refused by the push service.
		if (existing && !sameKey(existing.options.applicationServerKey, applicationServerKey)) {
			await existing.unsubscribe();
			existing = null;
		}
		subscription =
			existing ??
			(await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey }));
	} catch {
		return { kind: 'unavailable' };
	}
	const json = subscription.toJSON();
	if (!json.endpoint || !json.keys?.p256dh || !json.keys.auth) return { kind: 'unavailable' };
	const contact = await subscribePush(proof, {
		endpoint: json.endpoint,
		keys: { p256dh: json.keys.p256dh, auth: json.keys.auth }
	});
	return { kind: 'subscribed', contact };
}
