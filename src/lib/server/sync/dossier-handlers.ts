import { z } from 'zod';
import { safeText } from '$lib/domain/text/safe-text';
import { acceptDossier, acceptDossierAlone, acceptDossierRun } from '../dossiers/accept-dossier';
import { dossierSupplementInput, supplementDossier } from '../dossiers/supplement-dossier';
import { applicationInput } from '../procedures/inputs';
import { contactConsentInput } from '../notifications/consent-store';
import { syncHandler, type SyncHandlers } from './push';

/** The outbox entry the wizard queues when a citizen confirms an application. */
export const dossierSubmitInput = applicationInput.extend({
	clientReference: safeText({ min: 1, max: 64 }),
	/** The access point whose PC sends it, when it is one (the dashboard's channel). */
	accessPointId: z.uuid().optional(),
	/** The coaching record of the session the dossier came from. */
	coachingRecordId: z.uuid().optional(),
	/** Per channel, the address the citizen consented to be told at; absent on older devices. */
	contact: contactConsentInput
});

export const appSyncHandlers: SyncHandlers = {
	'dossier.submit': syncHandler(
		dossierSubmitInput,
		({ tx, clientId, now, memo }, payload) =>
			acceptDossier(tx, { clientId, ...payload }, now, memo),
		{
			refusesBeforeWriting: true,
			applyAlone: async ({ db, clientId, now, memo, advance }, payload) => {
				const accepted = await acceptDossierAlone(db, { clientId, ...payload }, now, memo, advance);
				return accepted && { value: accepted };
			},
			applyRun: ({ db, clientId, now, memo, advance }, payloads) =>
				acceptDossierRun(
					db,
					payloads.map((payload) => ({ clientId, ...payload })),
					now,
					memo,
					advance
				)
		}
	),
	/** "Bổ sung hồ sơ": the requested documents, uploaded first like a submission's. */
	'dossier.supplement': syncHandler(
		dossierSupplementInput,
		({ tx, now }, payload) => supplementDossier(tx, payload, now),
		// Its refusals all come before its writes; a wrong guess's failure record must stay.
		{ refusesBeforeWriting: true }
	)
};
