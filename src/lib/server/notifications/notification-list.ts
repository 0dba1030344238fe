import { asc, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import type { Database } from '../db/client';
import {
	notificationAttempts,
	notifications,
	type NotificationChannel,
	type NotificationEvent,
	type NotificationState
} from '../db/schema';
import { findDossier } from '../officer/load';
import { wardScopeOf } from '../officer/scope';
import { contactConsentView, type ContactConsentView } from './consent-store';

export type NotificationItem = {
	id: number;
	event: NotificationEvent;
	channel: NotificationChannel;
	state: NotificationState;
	attempts: number;
	lastError: string | null;
	sentAt: Date | null;
	createdAt: Date;
	nextAttemptAt: Date;
	/** Each try, oldest first: when, whether it went, the transport's reason. */
	log: { at: Date; ok: boolean; error: string | null; resent: boolean }[];
};

export type DossierNotifications = {
	items: NotificationItem[];
	/** The citizen's consents, addresses masked: the officer sees why nothing was sent. */
	consents: ContactConsentView[];
};

/**
 * The dossier page's "Tin nhắn đã gửi": every message about the dossier and its attempts, for an
 * officer of its ward (or an administrator). No message text and no full address: the page
 * shows states, not what the citizen was told where.
 */
export async function dossierNotifications(
	db: Database,
	user: SessionUser,
	code: string
): Promise<DossierNotifications> {
	const dossier = await findDossier(db, await wardScopeOf(db, user), code);
	const rows = await db
		.select()
		.from(notifications)
		.where(eq(notifications.dossierId, dossier.id))
		.orderBy(asc(notifications.id));
	const ids = rows.map((row) => row.id);
	const attempts = ids.length
		? await db
				.select()
				.from(notificationAttempts)
				.where(inArray(notificationAttempts.notificationId, ids))
				.orderBy(asc(notificationAttempts.id))
		: [];
	const items = rows.map((row) => ({
		id: row.id,
		event: row.event,
		channel: row.channel,
		state: row.state,
		attempts: row.attempts,
		lastError: row.lastError,
		sentAt: row.sentAt,
		createdAt: row.createdAt,
		nextAttemptAt: row.nextAttemptAt,
		log: attempts
			.filter((attempt) => attempt.notificationId === row.id)
			.map((attempt) => ({
				at: attempt.at,
				ok: attempt.ok,
				error: attempt.error,
				resent: attempt.resentBy !== null
			}))
	}));
	return { items, consents: await contactConsentView(db, dossier.id) };
}
