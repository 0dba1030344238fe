/** The access log managers read at /quan-ly/nhat-ky-truy-cap. */
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type AuditPage = RouterOutputs['audit']['list'];

export const auditPage = async (input: RouterInputs['audit']['list']): Promise<AuditPage> =>
	(await api()).audit.list.query(input);
