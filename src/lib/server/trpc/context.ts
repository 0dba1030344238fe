import type { Cookies } from '@sveltejs/kit';
import type { Database, DatabaseKind } from '../db/client';
import { getDatabase } from '../db';
import { reachedOverHttps } from '../auth/csrf';
import { sessionCookieName, userForSessionToken, type SessionUser } from '../auth/session';

export type Context = {
	db: Database;
	databaseKind: DatabaseKind;
	user: SessionUser | null;
	clientAddress: string;
	/** SvelteKit's cookie jar: what a procedure sets here reaches the response. */
	cookies: Cookies;
	/**
	 * The browser reached us over HTTPS, so cookies get the Secure flag. Behind a TLS-terminating
	 * proxy, adapter-node's ORIGIN or PROTOCOL_HEADER=x-forwarded-proto says so; without them the
	 * server is reached directly, over plain HTTP (see reachedOverHttps). Absent (tests): HTTP.
	 */
	https?: boolean;
};

export async function createContext(event: {
	cookies: Cookies;
	url: URL;
	getClientAddress(): string;
}): Promise<Context> {
	const { db, kind } = await getDatabase();
	const token = event.cookies.get(sessionCookieName);
	return {
		db,
		databaseKind: kind,
		user: token ? await userForSessionToken(db, token) : null,
		clientAddress: event.getClientAddress(),
		cookies: event.cookies,
		https: reachedOverHttps(event.url)
	};
}
