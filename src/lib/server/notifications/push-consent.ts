import type { PushSubscriptionInput } from '$lib/domain/notifications/push-subscription';
import type { Database } from '../db/client';
import { writeAudit } from '../audit/audit-log';
import {
	authenticatedDossier,
	defaultLookupSettings,
	type LookupSettings
} from '../dossiers/lookup-dossier';
import { contactConsentView, grantPushConsent, type ContactConsentView } from './consent-store';

/**
 * "Nhận thông báo trên máy này" at the look-up: the citizen proves it is their dossier as for
 * the look-up (code and the phone's last four digits, with its failure limits), then this
 * browser's push subscription becomes the dossier's push consent. Audited without an actor nor
 * the subscription (it addresses the citizen's device): the dossier and the channel only.
 */
export async function subscribePushAtLookup(
	db: Database,
	input: { code: string; phoneLast4: string; subscription: PushSubscriptionInput },
	clientAddress: string,
	settings: LookupSettings = defaultLookupSettings,
	now: Date = new Date()
): Promise<ContactConsentView[]> {
	const dossier = await authenticatedDossier(db, input, clientAddress, settings, now);
	await db.transaction(async (tx) => {
		await grantPushConsent(tx, dossier.id, input.subscription, now);
		await writeAudit(tx, {
			actorUserId: null,
			action: 'notification.consent.grant',
			subject: dossier.code,
			details: { channel: 'push' },
			at: now
		});
	});
	return contactConsentView(db, dossier.id);
}
