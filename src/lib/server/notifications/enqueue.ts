import { sql } from 'drizzle-orm';
import type { DossierEventAction } from '$lib/domain/dossier/status-machine';
import type { Database } from '../db/client';
import type { NotificationChannel, NotificationEvent } from '../db/schema';
import { configuredChannels, notificationSettingsFromEnv } from './settings';

/**
 * The dossier events a citizen hears about (issue 20), by the timeline action that records them.
 * "Received" is the officer's acceptance (tiếp nhận), not the device's upload: the dossier is
 * then the office's, with its code and due date; a refusal at that step is "refused" too.
 */
const eventOfAction: Partial<Record<DossierEventAction, NotificationEvent>> = {
	accept: 'received',
	request_supplement: 'supplement_requested',
	extend: 'extended',
	apologize: 'late',
	set_result_ready: 'result_ready',
	reject: 'refused'
};

export const notificationEventOf = (action: DossierEventAction): NotificationEvent | undefined =>
	eventOfAction[action];

export type NotifiableEvent = {
	dossierId: string;
	/** dossier_events.id of the change just written. */
	eventId: number;
	action: DossierEventAction;
	at: Date;
};

/**
 * The transactional outbox: call inside the transaction that writes the dossier event, so the
 * messages exist exactly when the change does. One row per channel the citizen consented to (and
 * has not withdrawn) among those a transport is configured for; none when notifications are off.
 * Unique on (event, channel): running it twice for one event queues nothing more.
 */
export async function enqueueNotifications(
	tx: Database,
	change: NotifiableEvent,
	channels: readonly NotificationChannel[] = configuredChannels(notificationSettingsFromEnv())
): Promise<number> {
	const event = notificationEventOf(change.action);
	if (!event || channels.length === 0) return 0;
	const at = change.at.toISOString();
	const result = await tx.execute(sql`
		insert into notifications (dossier_id, event_id, event, channel, next_attempt_at, created_at)
		select dossier_id, ${change.eventId}::bigint, ${event}, channel, ${at}::timestamptz,
			${at}::timestamptz
		from dossier_contact_consents
		where dossier_id = ${change.dossierId}::uuid and withdrawn_at is null
			and channel in (${sql.join(
				channels.map((c) => sql`${c}`),
				sql`, `
			)})
		on conflict (event_id, channel) do nothing`);
	const counted = result as unknown as { count?: number; affectedRows?: number };
	return Number(counted.count ?? counted.affectedRows ?? 0);
}
