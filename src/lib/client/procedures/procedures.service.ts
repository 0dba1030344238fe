/** The server's own check of an application before it is queued. */
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type ServerValidation = RouterOutputs['procedures']['validate'];

/** `application` is the wizard's answer; the server's zod schema checks its shape. */
export const validateOnServer = async (application: unknown): Promise<ServerValidation> =>
	(await api()).procedures.validate.mutate(application as RouterInputs['procedures']['validate']);
