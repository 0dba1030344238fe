import { createHash, randomBytes } from 'node:crypto';
import { eq, lte, or } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import type { Database } from '../db/client';
import { sessions, users, type Role } from '../db/schema';

export const sessionCookieName = 'cl_session';

export type SessionSettings = {
	/** A session unused this long ends: a PC left logged in at the access point. */
	idleTimeoutMs: number;
	/** A session ends this long after login whatever happens: a volunteer's shift plus margin. */
	absoluteTimeoutMs: number;
	/**
	 * `last_seen_at` is written at most this often, so that a busy page does not write a row on
	 * every request; the idle limit is therefore exact to within this interval.
	 */
	touchIntervalMs: number;
};

const minuteMs = 60 * 1000;

export const defaultSessionSettings: SessionSettings = {
	idleTimeoutMs: 30 * minuteMs,
	absoluteTimeoutMs: 12 * 60 * minuteMs,
	touchIntervalMs: minuteMs
};

/** What requests use; tests pass their own settings to the functions below instead. */
export const sessionSettings: Readonly<SessionSettings> = defaultSessionSettings;

export type SessionUser = {
	id: string;
	username: string;
	displayName: string;
	role: Role;
	accessPointId: string | null;
};

function tokenHash(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** 256 random bits; the database holds only their SHA-256, so a leaked table opens nothing. */
export async function createSession(
	db: Database,
	userId: string,
	now = new Date(),
	settings: SessionSettings = sessionSettings
): Promise<{ token: string; expiresAt: Date }> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + settings.absoluteTimeoutMs);
	await db
		.insert(sessions)
		.values({ tokenHash: tokenHash(token), userId, createdAt: now, lastSeenAt: now, expiresAt });
	return { token, expiresAt };
}

/**
 * The user behind a session token, or null when the session is unknown, past either limit, or
 * its user is disabled. A session found expired is deleted on the spot.
 */
export async function userForSessionToken(
	db: Database,
	token: string,
	now = new Date(),
	settings: SessionSettings = sessionSettings
): Promise<SessionUser | null> {
	const hash = tokenHash(token);
	const [row] = await db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			role: users.role,
			accessPointId: users.accessPointId,
			disabledAt: users.disabledAt,
			expiresAt: sessions.expiresAt,
			lastSeenAt: sessions.lastSeenAt
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.tokenHash, hash))
		.limit(1);
	if (!row) return null;
	const idleFor = now.getTime() - row.lastSeenAt.getTime();
	if (row.disabledAt || row.expiresAt <= now || idleFor >= settings.idleTimeoutMs) {
		await db.delete(sessions).where(eq(sessions.tokenHash, hash));
		return null;
	}
	if (idleFor >= settings.touchIntervalMs) {
		await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, hash));
	}
	const { id, username, displayName, role, accessPointId } = row;
	return { id, username, displayName, role, accessPointId };
}

export async function deleteSession(db: Database, token: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

/** Every session of one user, e.g. when the account is disabled. Answers how many ended. */
export async function deleteUserSessions(db: Database, userId: string): Promise<number> {
	const ended = await db
		.delete(sessions)
		.where(eq(sessions.userId, userId))
		.returning({ userId: sessions.userId });
	return ended.length;
}

/** Sessions past either limit; called at login, so no cron job is needed. */
export async function deleteExpiredSessions(
	db: Database,
	now = new Date(),
	settings: SessionSettings = sessionSettings
): Promise<void> {
	const idleSince = new Date(now.getTime() - settings.idleTimeoutMs);
	await db
		.delete(sessions)
		.where(or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince)));
}

/**
 * `secure` must be said explicitly: SvelteKit's default (Secure everywhere but localhost) would
 * make the browser drop the cookie on an access-point PC that reaches the server over plain
 * HTTP on the local network.
 */
export function setSessionCookie(
	cookies: Cookies,
	session: { token: string; expiresAt: Date },
	secure: boolean
): void {
	cookies.set(sessionCookieName, session.token, {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		secure,
		expires: session.expiresAt
	});
}

export function clearSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}
