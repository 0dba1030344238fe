import { migrationLevel } from '../../db/client';
import { officeSetting } from '../../dossiers/office';
import { createRouter, publicProcedure } from '../trpc';

export const systemRouter = createRouter({
	/** Liveness plus what an operator needs first: which database, which schema level. */
	health: publicProcedure.query(async ({ ctx }) => ({
		status: 'ok' as const,
		database: ctx.databaseKind,
		migrations: await migrationLevel(ctx.db),
		time: new Date().toISOString()
	})),
	/** Who receives dossiers here, for receipts; devices keep a copy for printing offline. */
	office: publicProcedure.query(({ ctx }) => officeSetting(ctx.db))
});
