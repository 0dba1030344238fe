import { z } from 'zod';
import { listAudit } from '../../audit/audit-log';
import { createRouter, roleProcedure } from '../trpc';

const auditListInput = z
	.object({
		limit: z.number().int().min(1).max(200).default(50),
		beforeId: z.number().int().positive().optional()
	})
	.default({ limit: 50 });

/** The audit log (who read or changed what), for the manager's "Nhật ký truy cập". */
export const auditRouter = createRouter({
	list: roleProcedure('manager', 'admin')
		.input(auditListInput)
		.query(({ ctx, input }) => listAudit(ctx.db, input))
});
