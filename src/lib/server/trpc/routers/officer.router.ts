import { todayInVietnam } from '$lib/domain/validation/dates';
import { actOnDossier } from '../../officer/act';
import { apologize } from '../../officer/apologize';
import { assignDossier, colleagues } from '../../officer/assign';
import { viewDossier } from '../../officer/change';
import { extendForVerification } from '../../officer/extend';
import { inboxFor } from '../../officer/inbox';
import { supplementAtDesk, withdrawSupplement } from '../../officer/supplement';
import {
	actInput,
	apologizeInput,
	assignInput,
	codeInput,
	extendInput,
	inboxInput,
	supplementAtDeskInput,
	withdrawSupplementInput
} from '../../officer/inputs';
import { createRouter, roleProcedure } from '../trpc';

const officer = roleProcedure('officer', 'admin');

/**
 * The ward officer's console: an officer sees and acts on their own ward's dossiers only, an
 * administrator on every ward's. `now` is injectable so that tests can make a dossier late.
 */
export function createOfficerRouter(now: () => Date = () => new Date()) {
	return createRouter({
		inbox: officer.input(inboxInput).query(({ ctx, input }) => {
			const at = now();
			return inboxFor(ctx.db, ctx.user, input, todayInVietnam(at), at);
		}),
		/** The dossier's page with the applicant's answers: every read is audited. */
		dossier: officer
			.input(codeInput)
			.query(({ ctx, input }) =>
				viewDossier({ db: ctx.db, user: ctx.user, now: now() }, input.code)
			),
		act: officer
			.input(actInput)
			.mutation(({ ctx, input }) =>
				actOnDossier({ db: ctx.db, user: ctx.user, now: now() }, input)
			),
		apologize: officer
			.input(apologizeInput)
			.mutation(({ ctx, input }) => apologize({ db: ctx.db, user: ctx.user, now: now() }, input)),
		/** Extra working days for verification, within the procedure's allowance, with a reason. */
		extend: officer
			.input(extendInput)
			.mutation(({ ctx, input }) =>
				extendForVerification({ db: ctx.db, user: ctx.user, now: now() }, input)
			),
		/** The missing papers handed in at the desk: processing and the clock resume. */
		supplementAtDesk: officer
			.input(supplementAtDeskInput)
			.mutation(({ ctx, input }) =>
				supplementAtDesk({ db: ctx.db, user: ctx.user, now: now() }, input)
			),
		/** The supplement request withdrawn, with a reason: processing and the clock resume. */
		withdrawSupplement: officer
			.input(withdrawSupplementInput)
			.mutation(({ ctx, input }) =>
				withdrawSupplement({ db: ctx.db, user: ctx.user, now: now() }, input)
			),
		assign: officer
			.input(assignInput)
			.mutation(({ ctx, input }) =>
				assignDossier({ db: ctx.db, user: ctx.user, now: now() }, input)
			),
		colleagues: officer.query(({ ctx }) => colleagues({ db: ctx.db, user: ctx.user, now: now() }))
	});
}

export const officerRouter = createOfficerRouter();
