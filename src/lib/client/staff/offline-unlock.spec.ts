import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openCungLamDb, type CungLamDb } from '../db';
import { rememberForOffline, unlockOffline, type StaffIdentity } from './offline-unlock';

// The worker is not available in Node: derive with few iterations on this thread.
vi.mock('../vault/derive-in-worker', async () => {
	const { pbkdf2Bits } = await import('../vault/pin-key');
	return {
		deriveBitsOffThread: (secret: string, salt: Uint8Array) => pbkdf2Bits(secret, salt, 1_000, 256)
	};
});

const volunteer: StaffIdentity = {
	id: crypto.randomUUID(),
	username: 'tnv.demo',
	displayName: 'Tình nguyện viên',
	role: 'volunteer',
	accessPointId: crypto.randomUUID()
};

let db: CungLamDb;
let deviceKey: CryptoKey;
beforeEach(async () => {
	db = openCungLamDb('staff-' + crypto.randomUUID());
	deviceKey = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
});
afterEach(async () => {
	db.close();
	await Dexie.delete(db.name);
});

const now = new Date('2026-11-22T02:00:00Z');
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

describe('offline unlock', () => {
	it('opens with the password of the last online login, and only that', async () => {
		await rememberForOffline(db, deviceKey, volunteer, 'mat-khau-dai-10', now);
		expect(await unlockOffline(db, deviceKey, 'TNV.demo', 'mat-khau-dai-10', days(1))).toEqual({
			ok: true,
			user: volunteer
		});
		expect(await unlockOffline(db, deviceKey, 'tnv.demo', 'sai', days(1))).toEqual({
			ok: false,
			reason: 'wrong'
		});
		expect(await unlockOffline(db, deviceKey, 'khac', 'x', days(1))).toMatchObject({
			reason: 'unknown'
		});
		// Nothing on disk holds the password.
		expect(JSON.stringify(await db.settings.toArray())).not.toContain('mat-khau-dai-10');
	});

	it('expires after 7 days and refuses another device key', async () => {
		await rememberForOffline(db, deviceKey, volunteer, 'mat-khau-dai-10', now);
		const other = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, [
			'sign'
		]);
		expect(await unlockOffline(db, other, 'tnv.demo', 'mat-khau-dai-10', days(1))).toMatchObject({
			reason: 'wrong'
		});
		expect(
			await unlockOffline(db, deviceKey, 'tnv.demo', 'mat-khau-dai-10', days(8))
		).toMatchObject({ reason: 'expired' });
	});

	it('belongs to the access point of the last online login on this PC', async () => {
		await rememberForOffline(db, deviceKey, volunteer, 'mat-khau-dai-10', now);
		const elsewhere = { ...volunteer, id: crypto.randomUUID(), username: 'tnv.khac' };
		await rememberForOffline(
			db,
			deviceKey,
			{ ...elsewhere, accessPointId: crypto.randomUUID() },
			'mat-khau-khac-10',
			now
		);
		expect(
			await unlockOffline(db, deviceKey, 'tnv.demo', 'mat-khau-dai-10', days(1))
		).toMatchObject({ reason: 'other_access_point' });
	});

	it('waits five minutes after five wrong passwords', async () => {
		await rememberForOffline(db, deviceKey, volunteer, 'mat-khau-dai-10', now);
		for (let i = 0; i < 4; i++) await unlockOffline(db, deviceKey, 'tnv.demo', 'sai', now);
		expect(await unlockOffline(db, deviceKey, 'tnv.demo', 'sai', now)).toMatchObject({
			reason: 'locked'
		});
		expect(await unlockOffline(db, deviceKey, 'tnv.demo', 'mat-khau-dai-10', now)).toMatchObject({
			reason: 'locked'
		});
		const later = new Date(now.getTime() + 6 * 60_000);
		expect(await unlockOffline(db, deviceKey, 'tnv.demo', 'mat-khau-dai-10', later)).toMatchObject({
			ok: true
		});
	});
});
