import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { openTestDatabase } from '$testing/server/database';
import { seedDemoData } from '../db/seed';
import { sessions, users } from '../db/schema';
import {
	createSession,
	defaultSessionSettings,
	deleteExpiredSessions,
	deleteSession,
	deleteUserSessions,
	userForSessionToken
} from './session';

const minute = 60 * 1000;
const t0 = new Date('2025-03-03T01:00:00Z');
const at = (minutes: number) => new Date(t0.getTime() + minutes * minute);

describe('staff sessions', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let userId: string;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedDemoData(handle.db, 'mat-khau-thu');
		const [row] = await handle.db
			.select({ id: users.id })
			.from(users)
			.where(eq(users.username, 'tnv.demo'));
		userId = row!.id;
	});
	afterAll(() => handle.dispose());

	const lastSeen = async (token: string) => {
		const hash = createHash('sha256').update(token).digest('hex');
		const [row] = await handle.db.select().from(sessions).where(eq(sessions.tokenHash, hash));
		return row?.lastSeenAt ?? null;
	};

	it('uses 30 minutes idle and 12 hours absolute by default', () => {
		expect(defaultSessionSettings.idleTimeoutMs).toBe(30 * minute);
		expect(defaultSessionSettings.absoluteTimeoutMs).toBe(12 * 60 * minute);
	});

	it('stores only the SHA-256 of a 256-bit token', async () => {
		const { token, expiresAt } = await createSession(handle.db, userId, t0);
		expect(Buffer.from(token, 'base64url')).toHaveLength(32);
		expect(expiresAt).toEqual(at(12 * 60));
		const stored = (await handle.db.select().from(sessions)).map((s) => s.tokenHash);
		expect(stored).not.toContain(token);
		expect(stored.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
	});

	it('ends a session left idle for 30 minutes, and deletes it', async () => {
		const { token } = await createSession(handle.db, userId, t0);
		expect(await userForSessionToken(handle.db, token, at(29))).not.toBeNull();
		// Used at minute 29: the idle clock starts again from there.
		expect(await userForSessionToken(handle.db, token, at(58))).not.toBeNull();
		expect(await userForSessionToken(handle.db, token, at(88))).toBeNull();
		expect(await lastSeen(token)).toBeNull();
		expect(await userForSessionToken(handle.db, token, at(60))).toBeNull();
	});

	it('writes last-seen at most once a minute', async () => {
		const { token } = await createSession(handle.db, userId, t0);
		await userForSessionToken(handle.db, token, new Date(t0.getTime() + 30_000));
		expect(await lastSeen(token)).toEqual(t0);
		await userForSessionToken(handle.db, token, at(1));
		expect(await lastSeen(token)).toEqual(at(1));
	});

	it('ends a session 12 hours after login however busy it is', async () => {
		const { token } = await createSession(handle.db, userId, t0);
		for (let m = 20; m < 12 * 60; m += 20) {
			expect(await userForSessionToken(handle.db, token, at(m))).not.toBeNull();
		}
		expect(await userForSessionToken(handle.db, token, at(12 * 60))).toBeNull();
	});

	it('follows settings passed in, e.g. a shorter idle limit', async () => {
		const settings = { ...defaultSessionSettings, idleTimeoutMs: 5 * minute };
		const { token } = await createSession(handle.db, userId, t0, settings);
		expect(await userForSessionToken(handle.db, token, at(4), settings)).not.toBeNull();
		expect(await userForSessionToken(handle.db, token, at(10), settings)).toBeNull();
	});

	it('forgets a deleted session and all sessions of a user at once', async () => {
		const a = await createSession(handle.db, userId, t0);
		const b = await createSession(handle.db, userId, t0);
		await deleteSession(handle.db, a.token);
		expect(await userForSessionToken(handle.db, a.token, at(1))).toBeNull();
		expect(await userForSessionToken(handle.db, b.token, at(1))).not.toBeNull();
		expect(await deleteUserSessions(handle.db, userId)).toBeGreaterThanOrEqual(1);
		expect(await userForSessionToken(handle.db, b.token, at(2))).toBeNull();
	});

	it('refuses the session of a disabled user even if it was left behind', async () => {
		const { token } = await createSession(handle.db, userId, t0);
		await handle.db
			.update(users)
			.set({ disabledAt: at(1) })
			.where(eq(users.id, userId));
		expect(await userForSessionToken(handle.db, token, at(2))).toBeNull();
		await handle.db.update(users).set({ disabledAt: null }).where(eq(users.id, userId));
	});

	it('clears expired sessions in bulk', async () => {
		await deleteUserSessions(handle.db, userId);
		const old = await createSession(handle.db, userId, t0);
		const fresh = await createSession(handle.db, userId, at(40));
		await deleteExpiredSessions(handle.db, at(45));
		expect(await lastSeen(old.token)).toBeNull();
		expect(await lastSeen(fresh.token)).toEqual(at(40));
	});
});
