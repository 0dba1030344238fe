/** Staff accounts, as a manager or an administrator runs them at /quan-ly/tai-khoan. */
import { api, type RouterInputs, type RouterOutputs } from '../api';

export type Account = RouterOutputs['users']['list'][number];
export type NewVolunteer = RouterInputs['users']['createVolunteer'];

export const listAccounts = async (): Promise<Account[]> => (await api()).users.list.query();

export const createVolunteer = async (input: NewVolunteer) =>
	(await api()).users.createVolunteer.mutate(input);

/** Lifts a login lock (audited on the server). */
export const unlockAccount = async (userId: string) =>
	(await api()).users.unlock.mutate({ userId });

export const setAccountDisabled = async (userId: string, disabled: boolean) => {
	const client = await api();
	return disabled
		? client.users.disable.mutate({ userId })
		: client.users.enable.mutate({ userId });
};
