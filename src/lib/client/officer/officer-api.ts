/**
 * The officer console's calls, loaded with its pages only. Errors stay thrown: each form shows
 * the app error code's sentence next to itself.
 */
import type { Office } from '../receipts/types';
import { api } from '../trpc';
import type { ActInput } from './types';

export { api };
export type { ActInput };

export const loadDossier = (code: string) => api.officer.dossier.query({ code });

export const act = (input: ActInput) => api.officer.act.mutate(input);

export const apologize = (input: { code: string; reason: string; newDate: string }) =>
	api.officer.apologize.mutate(input);

export const assign = (input: { code: string; officerId: string; note?: string }) =>
	api.officer.assign.mutate(input);

export const colleagues = () => api.officer.colleagues.query();

export const whoAmI = () => api.auth.me.query();

/** The office for a letter head: the server's setting, this device's copy when offline. */
export async function office(): Promise<Office> {
	try {
		return await api.system.office.query();
	} catch {
		const { cachedOffice } = await import('../sync/submission-ops');
		return cachedOffice();
	}
}
