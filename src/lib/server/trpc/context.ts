import type { Cookies } from '@sveltejs/kit';
import type { Database, DatabaseKind } from '../db/client';
import { getDatabase } from '../db';
import { sessionCookieName, userForSessionToken, type SessionUser } from '../auth/session';

export type Context = {
	db: Database;
	databaseKind: DatabaseKind;
	user: SessionUser | null;
	clientAddress: string;
	/** SvelteKit's cookie jar: what a procedure sets here reaches the response. */
	cookies: Cookies;
};

export async function createContext(event: {
	cookies: Cookies;
	getClientAddress(): string;
}): Promise<Context> {
	const { db, kind } = await getDatabase();
	const token = event.cookies.get(sessionCookieName);
	return {
		db,
		databaseKind: kind,
		user: token ? await userForSessionToken(db, token) : null,
		clientAddress: event.getClientAddress(),
		cookies: event.cookies
	};
}
