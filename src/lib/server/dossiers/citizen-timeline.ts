import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DossierEventAction } from '$lib/domain/dossier/status-machine';
import type { Database } from '../db/client';
import {
	dossierApologies,
	dossierEvents,
	dossierSupplementRequests,
	type DossierStatus,
	type SupplementReason
} from '../db/schema';

/** What the citizen's look-up adds to the status: events in plain words, never officers' names. */
export type CitizenTimeline = {
	timeline: { at: Date; status: DossierStatus; action: DossierEventAction | null }[];
	/** The open request, while the office waits for the citizen ("Cần bổ sung"). */
	supplement: { reasons: SupplementReason[]; otherReason: string | null } | null;
	apologies: { at: Date; reason: string; newDate: string }[];
	/** The officer's reason, when the dossier was rejected. */
	rejectionReason: string | null;
};

export async function citizenTimeline(
	db: Database,
	dossier: { id: string; status: DossierStatus }
): Promise<CitizenTimeline> {
	const [events, apologies, [open]] = await Promise.all([
		db
			.select({
				at: dossierEvents.at,
				status: dossierEvents.status,
				action: dossierEvents.action,
				note: dossierEvents.note
			})
			.from(dossierEvents)
			.where(eq(dossierEvents.dossierId, dossier.id))
			.orderBy(asc(dossierEvents.id)),
		db
			.select({
				at: dossierApologies.at,
				reason: dossierApologies.reason,
				newDate: dossierApologies.newDate
			})
			.from(dossierApologies)
			.where(eq(dossierApologies.dossierId, dossier.id))
			.orderBy(asc(dossierApologies.id)),
		dossier.status === 'needs_supplement'
			? db
					.select({
						reasons: dossierSupplementRequests.reasons,
						otherReason: dossierSupplementRequests.otherReason
					})
					.from(dossierSupplementRequests)
					.where(
						and(
							eq(dossierSupplementRequests.dossierId, dossier.id),
							isNull(dossierSupplementRequests.fulfilledAt)
						)
					)
					.orderBy(desc(dossierSupplementRequests.id))
					.limit(1)
			: Promise.resolve([])
	]);
	const rejection =
		dossier.status === 'rejected' ? events.findLast((e) => e.action === 'reject') : undefined;
	return {
		// Hand-overs between officers are the office's business, not the citizen's.
		timeline: events
			.filter((e) => e.action !== 'assign')
			.map(({ at, status, action }) => ({ at, status, action })),
		supplement: open ?? null,
		apologies,
		rejectionReason: rejection?.note ?? null
	};
}
