/** Staff sign-in against the server. Errors stay thrown, with their codes (`errorCodeOf`). */
import { api, type RouterInputs, type RouterOutputs } from '../api';

/** Who is logged in on this browser, or null. */
export type SignedIn = RouterOutputs['auth']['me'];
export type LoggedIn = RouterOutputs['auth']['login'];

export const whoAmI = async (): Promise<SignedIn> => (await api()).auth.me.query();

export const logIn = async (input: RouterInputs['auth']['login']): Promise<LoggedIn> =>
	(await api()).auth.login.mutate(input);

export const logOut = async (): Promise<void> => {
	await (await api()).auth.logout.mutate();
};
