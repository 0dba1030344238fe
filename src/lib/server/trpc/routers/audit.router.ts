import { listAudit } from '../../officer/audit';
import { auditListInput } from '../../officer/inputs';
import { createRouter, roleProcedure } from '../trpc';

/** The audit log (who read or changed what), for the manager's "Nhật ký truy cập". */
export const auditRouter = createRouter({
	list: roleProcedure('manager', 'admin')
		.input(auditListInput)
		.query(({ ctx, input }) => listAudit(ctx.db, input))
});
