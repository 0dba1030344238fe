import type { RequestHandler } from './$types';
import { sessionCookieName } from '$lib/server/auth/session';
import { getDatabase } from '$lib/server/db';
import { attachmentDownload } from '$lib/server/officer/attachment-download';

/** A dossier's file for the officer console; the rules live in attachmentDownload. */
export const GET: RequestHandler = async ({ params, cookies }) => {
	const { db } = await getDatabase();
	return attachmentDownload(db, cookies.get(sessionCookieName), params);
};
