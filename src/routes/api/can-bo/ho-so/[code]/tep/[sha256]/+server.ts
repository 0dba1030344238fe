import type { RequestHandler } from './$types';
import { AppError } from '$lib/errors/app-error';
import { sessionCookieName, userForSessionToken } from '$lib/server/auth/session';
import { getDatabase } from '$lib/server/db';
import {
	attachmentResponse,
	officerAttachment,
	refusalResponse
} from '$lib/server/officer/attachment-download';

/** A dossier's file for the officer console; the rules live in officerAttachment. */
export const GET: RequestHandler = async ({ params, cookies }) => {
	const { db } = await getDatabase();
	const token = cookies.get(sessionCookieName);
	const user = token ? await userForSessionToken(db, token) : null;
	try {
		return attachmentResponse(await officerAttachment(db, user, params));
	} catch (error) {
		if (error instanceof AppError) return refusalResponse(error);
		throw error;
	}
};
