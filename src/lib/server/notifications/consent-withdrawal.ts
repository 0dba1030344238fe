import type { Database } from '../db/client';
import type { NotificationChannel } from '../db/schema';
import { writeAudit } from '../audit/audit-log';
import {
	authenticatedDossier,
	defaultLookupSettings,
	type LookupSettings
} from '../dossiers/lookup-dossier';
import {
	contactConsentView,
	withdrawContactConsent,
	type ContactConsentView
} from './consent-store';

/**
 * "Thôi nhận tin" at the look-up: the citizen proves it is their dossier as for the look-up
 * (code and the phone's last four digits, with its failure limits), then the channel's consent
 * is withdrawn. Audited without an actor: the citizen has no account, and the line names only
 * the dossier and the channel.
 */
export async function withdrawConsentAtLookup(
	db: Database,
	input: { code: string; phoneLast4: string; channel: NotificationChannel },
	clientAddress: string,
	settings: LookupSettings = defaultLookupSettings,
	now: Date = new Date()
): Promise<ContactConsentView[]> {
	const dossier = await authenticatedDossier(db, input, clientAddress, settings, now);
	const { withdrawn, cancelled } = await withdrawContactConsent(db, dossier.id, input.channel, now);
	if (withdrawn) {
		await writeAudit(db, {
			actorUserId: null,
			action: 'notification.consent.withdraw',
			subject: dossier.code,
			details: { channel: input.channel, cancelled },
			at: now
		});
	}
	return contactConsentView(db, dossier.id);
}
