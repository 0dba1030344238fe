import type { Cookies } from '@sveltejs/kit';
import { and, eq, isNull } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import type { Database } from '../db/client';
import { auditLog, users } from '../db/schema';
import { startAccountAttempt, type AccountLockoutSettings } from './account-lockout';
import { startLoginAttempt, type LoginLimitSettings } from './login-limit';
import { verifyPasswordOrDummy } from './password';
import {
	clearSessionCookie,
	createSession,
	deleteExpiredSessions,
	deleteSession,
	sessionCookieName,
	setSessionCookie,
	type SessionSettings,
	type SessionUser
} from './session';

export type AuthSettings = {
	session: SessionSettings;
	limits: LoginLimitSettings;
	lockout: AccountLockoutSettings;
	now: () => Date;
};

/** What logging in and out needs of the request: the tRPC context has it all. */
export type AuthRequest = {
	db: Database;
	clientAddress: string;
	cookies: Cookies;
	https?: boolean;
	user: SessionUser | null;
};

/**
 * "Đăng nhập": limits per account and address, then per account whatever the address (issue 14),
 * then the password; every try is audit-logged. Answers the user's `id`, `displayName`, `role`
 * and `accessPointId` (the offline unlock contract in auth.router.ts), never the password hash.
 */
export async function logIn(
	request: AuthRequest,
	input: { username: string; password: string },
	settings: AuthSettings
) {
	const { db, clientAddress } = request;
	const now = settings.now();
	const username = input.username.toLowerCase();
	const attempt = await startLoginAttempt(db, username, clientAddress, settings.limits, now);
	if (attempt.limited) {
		const minutes = Math.ceil(settings.limits.windowMs / 60_000);
		throw new AppError(
			'rate_limited',
			`Đã đăng nhập sai quá nhiều lần. Hãy chờ ${minutes} phút rồi thử lại.`
		);
	}

	const [user] = await db
		.select()
		.from(users)
		.where(and(eq(users.username, username), isNull(users.disabledAt)))
		.limit(1);
	// Guesses spread over many addresses: the account's own count, whatever the address.
	const account = user ? await startAccountAttempt(db, user.id, now, settings.lockout) : undefined;
	if (account?.kind === 'delayed') {
		await attempt.refused();
		const seconds = Math.ceil((account.retryAt.getTime() - now.getTime()) / 1000);
		throw new AppError('login_delayed', `login delayed ${seconds} s`, { seconds });
	}

	const ok = await verifyPasswordOrDummy(user?.passwordHash, input.password);
	// Only the right password learns of a lock: a wrong one gets the usual answer, so that
	// guessing a locked account tells nothing new.
	const locked = ok && account?.locked === true;
	await db.insert(auditLog).values({
		at: now,
		actorUserId: ok ? user?.id : null,
		action: locked ? 'auth.login_locked' : ok ? 'auth.login' : 'auth.login_failed',
		details: { address: clientAddress }
	});
	if (locked) {
		await attempt.refused();
		await account.refused();
		throw new AppError('account_locked');
	}
	if (!user || !ok) {
		await attempt.failed();
		await account?.failed();
		throw new AppError('login_failed');
	}
	await attempt.succeeded();
	await account?.succeeded();

	// Whatever session this browser held goes: a token planted before login (session
	// fixation) must not become a logged-in one.
	const previous = request.cookies.get(sessionCookieName);
	if (previous) await deleteSession(db, previous);
	await deleteExpiredSessions(db, now, settings.session);
	const session = await createSession(db, user.id, now, settings.session);
	setSessionCookie(request.cookies, session, request.https === true);

	return {
		id: user.id,
		username: user.username,
		displayName: user.displayName,
		role: user.role,
		accessPointId: user.accessPointId,
		sessionExpiresAt: session.expiresAt,
		idleTimeoutMs: settings.session.idleTimeoutMs
	};
}

/** "Đăng xuất": the session and its cookie go; the logout is audit-logged. */
export async function logOut(request: AuthRequest): Promise<{ ok: true }> {
	const token = request.cookies.get(sessionCookieName);
	if (token) await deleteSession(request.db, token);
	clearSessionCookie(request.cookies, request.https === true);
	if (request.user)
		await request.db
			.insert(auditLog)
			.values({ actorUserId: request.user.id, action: 'auth.logout' });
	return { ok: true };
}
