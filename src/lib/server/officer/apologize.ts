import { eq } from 'drizzle-orm';
import { apologyDateProblem } from '$lib/domain/dossier/apology';
import { clockRuns } from '$lib/domain/dossier/overdue';
import { AppError } from '$lib/errors/app-error';
import { dossierApologies, dossiers } from '../db/schema';
import { workingCalendarFrom } from '../calendar/working-calendar';
import { officerChange, type OfficerActor } from './change';
import type { ApologizeInput } from './inputs';
import type { OfficerDossierView } from './types';

/**
 * Form 04: the officer apologises for a late dossier (or one about to be late) and promises a
 * new date, a working day after today and after the current due date. The first apology keeps
 * the due date it replaced as `originalDueDate`; each apology is its own row, so they are
 * counted. Only while the office owes the result: a paused, answered or closed dossier has no
 * lateness to apologise for.
 */
export function apologize(actor: OfficerActor, input: ApologizeInput): Promise<OfficerDossierView> {
	return officerChange(actor, input.code, async ({ tx, row, user, now, today }) => {
		if (!clockRuns(row.status)) throw new AppError('illegal_transition');
		const year = Number(input.newDate.slice(0, 4));
		const calendar = await workingCalendarFrom(tx, [year]);
		if (apologyDateProblem(input.newDate, today, calendar) || input.newDate <= row.dueDate) {
			throw new AppError('apology_date_invalid');
		}
		await tx.insert(dossierApologies).values({
			dossierId: row.id,
			at: now,
			reason: input.reason,
			oldDate: row.dueDate,
			newDate: input.newDate,
			officerId: user.id
		});
		await tx
			.update(dossiers)
			.set({ dueDate: input.newDate, originalDueDate: row.originalDueDate ?? row.dueDate })
			.where(eq(dossiers.id, row.id));
		const dates = { oldDate: row.dueDate, newDate: input.newDate };
		return {
			event: { status: row.status, action: 'apologize', details: dates },
			audit: { action: 'officer.apologize', details: dates }
		};
	});
}
