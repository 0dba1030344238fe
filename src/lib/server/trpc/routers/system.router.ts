import { migrationLevel } from '../../db/client';
import { createRouter, publicProcedure } from '../trpc';

export const systemRouter = createRouter({
	/** Liveness plus what an operator needs first: which database, which schema level. */
	health: publicProcedure.query(async ({ ctx }) => ({
		status: 'ok' as const,
		database: ctx.databaseKind,
		migrations: await migrationLevel(ctx.db),
		time: new Date().toISOString()
	}))
});
