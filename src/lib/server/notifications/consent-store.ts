import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { normalizeEmail, validateEmail } from '$lib/domain/validation/email';
import { hasErrors } from '$lib/domain/validation/issue';
import { normalizePhone, validatePhone } from '$lib/domain/validation/phone';
import type { Database } from '../db/client';
import { dossierContactConsents, notifications, type NotificationChannel } from '../db/schema';

/**
 * What a dossier's submission carries of the consent screen's "tell me by email / by SMS": the
 * address for each channel the citizen consented to, typed for this purpose or taken from the
 * application. Absent on devices from before issue 20, which stay valid.
 */
export const contactConsentInput = z
	.object({
		email: z.string().max(254).optional(),
		sms: z.string().max(30).optional()
	})
	.optional();
export type ContactConsentInput = z.infer<typeof contactConsentInput>;

/** Channels with a usable address, normalised; a malformed one (the form refuses those) is dropped. */
export function consentedAddresses(
	contact: ContactConsentInput
): { channel: 'email' | 'sms'; address: string }[] {
	const found: { channel: 'email' | 'sms'; address: string }[] = [];
	if (contact?.email && !hasErrors(validateEmail(contact.email))) {
		found.push({ channel: 'email', address: normalizeEmail(contact.email) });
	}
	if (contact?.sms && !hasErrors(validatePhone(contact.sms))) {
		found.push({ channel: 'sms', address: normalizePhone(contact.sms) });
	}
	return found;
}

export const hasContactConsent = (contact: ContactConsentInput) =>
	consentedAddresses(contact).length > 0;

/** In the transaction that accepts the dossier: one row per channel consented, with its address. */
export async function recordContactConsents(
	tx: Database,
	dossierId: string,
	contact: ContactConsentInput,
	now: Date
): Promise<void> {
	const rows = consentedAddresses(contact).map(({ channel, address }) => ({
		dossierId,
		channel,
		address,
		grantedAt: now
	}));
	if (rows.length > 0) await tx.insert(dossierContactConsents).values(rows).onConflictDoNothing();
}

/**
 * "Nhận thông báo trên máy này": the push consent with this browser's subscription, granted now.
 * One per dossier: a second device (or a renewed subscription) replaces the first, and a consent
 * withdrawn earlier is given again.
 */
export async function grantPushConsent(
	db: Database,
	dossierId: string,
	subscription: { endpoint: string; keys: { p256dh: string; auth: string } },
	now: Date
): Promise<void> {
	const row = { subscription, grantedAt: now, withdrawnAt: null, address: null };
	await db
		.insert(dossierContactConsents)
		.values({ dossierId, channel: 'push', ...row })
		.onConflictDoUpdate({
			target: [dossierContactConsents.dossierId, dossierContactConsents.channel],
			set: row
		});
}

/** The consents in force for a dossier, with their addresses: what a message may be sent to. */
export async function activeContactConsents(db: Database, dossierId: string) {
	return db
		.select({
			channel: dossierContactConsents.channel,
			address: dossierContactConsents.address,
			subscription: dossierContactConsents.subscription
		})
		.from(dossierContactConsents)
		.where(
			and(
				eq(dossierContactConsents.dossierId, dossierId),
				isNull(dossierContactConsents.withdrawnAt)
			)
		);
}

export type ContactConsentView = {
	channel: NotificationChannel;
	on: boolean;
	/** Enough of the address for the citizen to recognise it, not to read it. */
	address: string | null;
	withdrawnAt: Date | null;
};

/** 'lan.nguyen@gmail.com' → 'l•••@gmail.com'; '0912345678' → '•••••• 5678'. */
export function maskedAddress(channel: NotificationChannel, address: string | null): string | null {
	if (!address) return null;
	if (channel === 'sms') return `•••••• ${address.slice(-4)}`;
	const at = address.lastIndexOf('@');
	return at > 0 ? `${address[0]}•••${address.slice(at)}` : '•••';
}

/** What the look-up shows: each channel the citizen consented to, on or withdrawn. */
export async function contactConsentView(
	db: Database,
	dossierId: string
): Promise<ContactConsentView[]> {
	const rows = await db
		.select()
		.from(dossierContactConsents)
		.where(eq(dossierContactConsents.dossierId, dossierId))
		.orderBy(dossierContactConsents.channel);
	return rows.map((row) => ({
		channel: row.channel,
		on: row.withdrawnAt === null,
		address: maskedAddress(row.channel, row.address),
		withdrawnAt: row.withdrawnAt
	}));
}

/**
 * "Thôi nhận": the consent withdrawn, and the dossier's messages on that channel that have not
 * left yet cancelled in the same transaction, so the worker never claims them. A message being
 * sent at this moment may still arrive; later events find no consent and queue nothing.
 */
export async function withdrawContactConsent(
	db: Database,
	dossierId: string,
	channel: NotificationChannel,
	now: Date = new Date()
): Promise<{ withdrawn: boolean; cancelled: number }> {
	return db.transaction(async (tx) => {
		const withdrawn = await tx
			.update(dossierContactConsents)
			.set({ withdrawnAt: now })
			.where(
				and(
					eq(dossierContactConsents.dossierId, dossierId),
					eq(dossierContactConsents.channel, channel),
					isNull(dossierContactConsents.withdrawnAt)
				)
			)
			.returning({ channel: dossierContactConsents.channel });
		const cancelled = await tx
			.update(notifications)
			.set({ state: 'cancelled', lastError: null })
			.where(
				and(
					eq(notifications.dossierId, dossierId),
					eq(notifications.channel, channel),
					eq(notifications.state, 'pending')
				)
			)
			.returning({ id: notifications.id });
		return { withdrawn: withdrawn.length > 0, cancelled: cancelled.length };
	});
}
