import { z } from 'zod';
import { safeText } from '$lib/domain/text/safe-text';
import {
	defaultAccountLockoutSettings,
	type AccountLockoutSettings
} from '../../auth/account-lockout';
import { defaultLoginLimitSettings, type LoginLimitSettings } from '../../auth/login-limit';
import { logIn, logOut, type AuthSettings } from '../../auth/login';
import { sessionSettings, type SessionSettings } from '../../auth/session';
import { createRouter, publicProcedure } from '../trpc';

export type { AuthSettings };

const loginInput = z.object({
	username: safeText({ min: 1, max: 64 }),
	password: z.string().min(1).max(256)
});

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

		login: publicProcedure
			.input(loginInput)
			.mutation(({ ctx, input }) => logIn(ctx, input, settings)),

		logout: publicProcedure.mutation(({ ctx }) => logOut(ctx))
	});
}

export const authRouter = createAuthRouter();
