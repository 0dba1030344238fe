import { officeSetting, publicOffice } from '../../office/office-setting';
import { systemHealth } from '../../system/health';
import { createRouter, publicProcedure } from '../trpc';

export const systemRouter = createRouter({
	/** Liveness plus what an operator needs first: which database, which schema level. */
	health: publicProcedure.query(({ ctx }) => systemHealth(ctx.db, ctx.databaseKind, new Date())),
	/** Who receives dossiers here, for receipts; devices keep a copy for printing offline. */
	office: publicProcedure.query(async ({ ctx }) => publicOffice(await officeSetting(ctx.db)))
});
