import { authRouter } from './routers/auth.router';
import { systemRouter } from './routers/system.router';
import { createCallerFactory, createRouter } from './trpc';

export const appRouter = createRouter({
	system: systemRouter,
	auth: authRouter
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
