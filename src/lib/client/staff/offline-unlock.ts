/**
 * A volunteer who logged in online once on this PC can unlock coaching mode offline with the same
 * password, for 7 days, at the same access point. What stays on the device is a verifier:
 * PBKDF2-SHA-256 (600,000 iterations, in a worker) of the password, then HMAC under the profile's
 * non-extractable device key, so a copy of the database is useless for guessing offline. The
 * password itself, and the server's hash, never reach IndexedDB.
 */
import type { Role } from '$lib/domain/roles';
import type { CungLamDb } from '../db';
import { deriveBitsOffThread } from '../vault/derive-in-worker';

export type StaffIdentity = {
	id: string;
	username: string;
	displayName: string;
	role: Role;
	accessPointId: string;
};

type Verifier = StaffIdentity & {
	salt: Uint8Array;
	mac: ArrayBuffer;
	expiresAt: string;
	failures: number;
	lockedUntil?: string;
};

export const OFFLINE_DAYS = 7;
const MAX_FAILURES = 5;
const LOCK_MS = 5 * 60_000;
const keyOf = (username: string) => `staff.offline:${username.trim().toLowerCase()}`;
/** The access point this PC belongs to: the one of the last staff member who logged in online. */
const deviceAccessPointKey = 'device.accessPointId';

async function macOf(deviceKey: CryptoKey, password: string, salt: Uint8Array) {
	const bits = await deriveBitsOffThread(password, salt, 256);
	try {
		return await crypto.subtle.sign('HMAC', deviceKey, bits);
	} finally {
		new Uint8Array(bits).fill(0);
	}
}

function equal(a: ArrayBuffer, b: ArrayBuffer): boolean {
	const x = new Uint8Array(a);
	const y = new Uint8Array(b);
	return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** After a successful online login: keep a verifier for the next 7 days. */
export async function rememberForOffline(
	db: CungLamDb,
	deviceKey: CryptoKey,
	user: StaffIdentity,
	password: string,
	now: Date = new Date()
): Promise<void> {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const verifier: Verifier = {
		...user,
		salt,
		mac: await macOf(deviceKey, password, salt),
		expiresAt: new Date(now.getTime() + OFFLINE_DAYS * 86_400_000).toISOString(),
		failures: 0
	};
	// An enrolled PC belongs to the access point it was enrolled for (issue 21), whoever logs in.
	const enrolled = await db.settings.get('device.enrolment');
	await db.settings.bulkPut([
		{ key: keyOf(user.username), value: verifier },
		...(enrolled ? [] : [{ key: deviceAccessPointKey, value: user.accessPointId }])
	]);
}

export type OfflineUnlock =
	| { ok: true; user: StaffIdentity }
	| { ok: false; reason: 'unknown' | 'expired' | 'wrong' | 'locked' | 'other_access_point' };

export async function unlockOffline(
	db: CungLamDb,
	deviceKey: CryptoKey,
	username: string,
	password: string,
	now: Date = new Date()
): Promise<OfflineUnlock> {
	const key = keyOf(username);
	const verifier = (await db.settings.get(key))?.value as Verifier | undefined;
	if (!verifier) return { ok: false, reason: 'unknown' };
	if (verifier.expiresAt <= now.toISOString()) {
		await db.settings.delete(key);
		return { ok: false, reason: 'expired' };
	}
	const devicePoint = (await db.settings.get(deviceAccessPointKey))?.value;
	if (devicePoint !== verifier.accessPointId) return { ok: false, reason: 'other_access_point' };
	if (verifier.lockedUntil && verifier.lockedUntil > now.toISOString()) {
		return { ok: false, reason: 'locked' };
	}
	if (!equal(await macOf(deviceKey, password, verifier.salt), verifier.mac)) {
		const failures = verifier.failures + 1;
		const locked = failures >= MAX_FAILURES;
		await db.settings.put({
			key,
			value: {
				...verifier,
				failures: locked ? 0 : failures,
				...(locked ? { lockedUntil: new Date(now.getTime() + LOCK_MS).toISOString() } : {})
			}
		});
		return { ok: false, reason: locked ? 'locked' : 'wrong' };
	}
	if (verifier.failures > 0) await db.settings.put({ key, value: { ...verifier, failures: 0 } });
	const { id, displayName, role, accessPointId } = verifier;
	return { ok: true, user: { id, username: verifier.username, displayName, role, accessPointId } };
}
