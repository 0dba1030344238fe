import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { verifyPassword } from '../../auth/password';
import { createSession, deleteSession, sessionCookieName } from '../../auth/session';
import { auditLog, users } from '../../db/schema';
import { appError, createRouter, publicProcedure } from '../trpc';

const loginInput = z.object({
	username: z.string().trim().min(1).max(64),
	password: z.string().min(1).max(256)
});

export const authRouter = createRouter({
	me: publicProcedure.query(({ ctx }) => ctx.user),

	login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
		const [user] = await ctx.db
			.select()
			.from(users)
			.where(and(eq(users.username, input.username.toLowerCase()), isNull(users.disabledAt)))
			.limit(1);
		const ok = user ? await verifyPassword(user.passwordHash, input.password) : false;
		await ctx.db.insert(auditLog).values({
			actorUserId: ok ? user?.id : null,
			action: ok ? 'auth.login' : 'auth.login_failed',
			details: { address: ctx.clientAddress }
		});
		if (!user || !ok) throw appError('login_failed');
		const session = await createSession(ctx.db, user.id);
		ctx.cookies.set(sessionCookieName, session.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'strict',
			expires: session.expiresAt
		});
		return { username: user.username, displayName: user.displayName, role: user.role };
	}),

	logout: publicProcedure.mutation(async ({ ctx }) => {
		const token = ctx.cookies.get(sessionCookieName);
		if (token) await deleteSession(ctx.db, token);
		ctx.cookies.delete(sessionCookieName, { path: '/' });
		if (ctx.user)
			await ctx.db.insert(auditLog).values({ actorUserId: ctx.user.id, action: 'auth.logout' });
		return { ok: true };
	})
});
