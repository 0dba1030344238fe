import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Database } from '../db/client';
import { sessions, users, type Role } from '../db/schema';

export const sessionCookieName = 'cl_session';
/** A volunteer's shift plus margin; staff log in again the next day. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

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

export async function createSession(
	db: Database,
	userId: string,
	now = new Date()
): Promise<{ token: string; expiresAt: Date }> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
	await db.insert(sessions).values({ tokenHash: tokenHash(token), userId, expiresAt });
	return { token, expiresAt };
}

export async function userForSessionToken(
	db: Database,
	token: string,
	now = new Date()
): Promise<SessionUser | null> {
	const [row] = await db
		.select({
			id: users.id,
			username: users.username,
			displayName: users.displayName,
			role: users.role,
			accessPointId: users.accessPointId
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(
			and(
				eq(sessions.tokenHash, tokenHash(token)),
				gt(sessions.expiresAt, now),
				isNull(users.disabledAt)
			)
		)
		.limit(1);
	return row ?? null;
}

export async function deleteSession(db: Database, token: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}
