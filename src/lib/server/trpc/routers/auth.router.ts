import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import {
	defaultAccountLockoutSettings,
	startAccountAttempt,
	type AccountLockoutSettings
} from '../../auth/account-lockout';
import { defaultLoginLimitSettings, startLoginAttempt } from '../../auth/login-limit';
import type { LoginLimitSettings } from '../../auth/login-limit';
import { verifyPasswordOrDummy } from '../../auth/password';
import {
	clearSessionCookie,
	createSession,
	deleteExpiredSessions,
	deleteSession,
	sessionCookieName,
	sessionSettings,
	setSessionCookie,
	type SessionSettings
} from '../../auth/session';
import { auditLog, users } from '../../db/schema';
import { appError, createRouter, publicProcedure } from '../trpc';

const loginInput = z.object({
	username: z.string().trim().min(1).max(64),
	password: z.string().min(1).max(256)
});

export type AuthSettings = {
	session: SessionSettings;
	limits: LoginLimitSettings;
	lockout: AccountLockoutSettings;
	now: () => Date;
};

/**
 * Staff log in and out ("Đăng nhập", "Đăng xuất").
 *
 * Offline unlock contract (issue 7): `login` answers the user's `id`, `displayName`, `role` and
 * `accessPointId`, never the password hash. After a successful login the device may build a
 * local verifier from the password it was just given (PBKDF2-SHA-256 with a random salt, kept
 * in IndexedDB with these fields) and later unlock offline with the same password, only at the
 * same access point (`accessPointId` equal to the device's own, and not null) and for at most
 * 7 days after this login. The server never sees nor checks the verifier; the next online call
 * still needs a session, so an account disabled meanwhile is refused at the first sync.
 */
export function createAuthRouter(
	overrides: Partial<Omit<AuthSettings, 'session' | 'limits' | 'lockout'>> & {
		session?: Partial<SessionSettings>;
		limits?: Partial<LoginLimitSettings>;
		lockout?: Partial<AccountLockoutSettings>;
	} = {}
) {
	const settings: AuthSettings = {
		session: { ...sessionSettings, ...overrides.session },
		limits: { ...defaultLoginLimitSettings, ...overrides.limits },
		lockout: { ...defaultAccountLockoutSettings, ...overrides.lockout },
		now: overrides.now ?? (() => new Date())
	};

	return createRouter({
		me: publicProcedure.query(({ ctx }) => ctx.user),

		login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
			const now = settings.now();
			const username = input.username.toLowerCase();
			const attempt = await startLoginAttempt(
				ctx.db,
				username,
				ctx.clientAddress,
				settings.limits,
				now
			);
			if (attempt.limited) {
				const minutes = Math.ceil(settings.limits.windowMs / 60_000);
				throw appError(
					'rate_limited',
					`Đã đăng nhập sai quá nhiều lần. Hãy chờ ${minutes} phút rồi thử lại.`
				);
			}

			const [user] = await ctx.db
				.select()
				.from(users)
				.where(and(eq(users.username, username), isNull(users.disabledAt)))
				.limit(1);
			// Guesses spread over many addresses: the account's own count, whatever the address.
			const account = user
				? await startAccountAttempt(ctx.db, user.id, now, settings.lockout)
				: undefined;
			if (account?.kind === 'delayed') {
				await attempt.refused();
				const seconds = Math.ceil((account.retryAt.getTime() - now.getTime()) / 1000);
				throw appError('login_delayed', `login delayed ${seconds} s`, { seconds });
			}

			const ok = await verifyPasswordOrDummy(user?.passwordHash, input.password);
			// Only the right password learns of a lock: a wrong one gets the usual answer, so that
			// guessing a locked account tells nothing new.
			const locked = ok && account?.locked === true;
			await ctx.db.insert(auditLog).values({
				at: now,
				actorUserId: ok ? user?.id : null,
				action: locked ? 'auth.login_locked' : ok ? 'auth.login' : 'auth.login_failed',
				details: { address: ctx.clientAddress }
			});
			if (locked) {
				await attempt.refused();
				await account.refused();
				throw appError('account_locked');
			}
			if (!user || !ok) {
				await attempt.failed();
				await account?.failed();
				throw appError('login_failed');
			}
			await attempt.succeeded();
			await account?.succeeded();

			// Whatever session this browser held goes: a token planted before login (session
			// fixation) must not become a logged-in one.
			const previous = ctx.cookies.get(sessionCookieName);
			if (previous) await deleteSession(ctx.db, previous);
			await deleteExpiredSessions(ctx.db, now, settings.session);
			const session = await createSession(ctx.db, user.id, now, settings.session);
			setSessionCookie(ctx.cookies, session, ctx.https === true);

			return {
				id: user.id,
				username: user.username,
				displayName: user.displayName,
				role: user.role,
				accessPointId: user.accessPointId,
				sessionExpiresAt: session.expiresAt,
				idleTimeoutMs: settings.session.idleTimeoutMs
			};
		}),

		logout: publicProcedure.mutation(async ({ ctx }) => {
			const token = ctx.cookies.get(sessionCookieName);
			if (token) await deleteSession(ctx.db, token);
			clearSessionCookie(ctx.cookies, ctx.https === true);
			if (ctx.user)
				await ctx.db.insert(auditLog).values({ actorUserId: ctx.user.id, action: 'auth.logout' });
			return { ok: true };
		})
	});
}

export const authRouter = createAuthRouter();
