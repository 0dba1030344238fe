import { eq } from 'drizzle-orm';
import { addWorkingDays } from '$lib/domain/calendar/working-days';
import { apologyRequired } from '$lib/domain/dossier/apology';
import { clockRuns } from '$lib/domain/dossier/overdue';
import {
	extensionRefusal,
	verificationAllowance
} from '$lib/domain/dossier/verification-extension';
import { AppError } from '$lib/errors/app-error';
import { dossierExtensions, dossiers } from '../db/schema';
import { workingCalendarFrom } from '../calendar/working-calendar';
import { officerChange, type OfficerActor } from './change';
import type { ExtendInput } from './inputs';
import { extendedWorkingDays } from './extension-allowance';
import { procedureTimeLimit } from './procedure-time-limit';
import type { OfficerDossierView } from './types';

/**
 * The officer records that the dossier needs verification and takes the extra working days the
 * procedure allows for it, with a reason: the due date moves by that many working days (the
 * make-up days and days off of the calendar counted), the citizen's look-up and the device's
 * receipt show the new date (the event reaches the device on its next pull), and no apology is
 * due until the new date has passed. Only while the office owes the result and is not late yet;
 * beyond the allowance the apology (form 04) stays the way to move the date.
 */
export function extendForVerification(
	actor: OfficerActor,
	input: ExtendInput
): Promise<OfficerDossierView> {
	return officerChange(actor, input.code, async ({ tx, row, user, now, today }) => {
		if (!clockRuns(row.status)) throw new AppError('illegal_transition');
		if (apologyRequired(row, today)) throw new AppError('apology_required');
		const allowance = verificationAllowance(
			await procedureTimeLimit(tx, row.procedureId, row.procedureVersion)
		);
		const refusal = extensionRefusal({
			allowance,
			alreadyExtended: await extendedWorkingDays(tx, row.id),
			workingDays: input.workingDays,
			apologised: row.originalDueDate !== null
		});
		if (refusal) throw new AppError('extension_invalid');
		const year = Number(row.dueDate.slice(0, 4));
		const calendar = await workingCalendarFrom(tx, [year, year + 1]);
		const newDate = addWorkingDays(row.dueDate, input.workingDays, calendar);
		await tx.insert(dossierExtensions).values({
			dossierId: row.id,
			at: now,
			reason: input.reason,
			workingDays: input.workingDays,
			oldDate: row.dueDate,
			newDate,
			officerId: user.id
		});
		await tx.update(dossiers).set({ dueDate: newDate }).where(eq(dossiers.id, row.id));
		const dates = { oldDate: row.dueDate, newDate, workingDays: input.workingDays };
		return {
			event: { status: row.status, action: 'extend', details: dates },
			audit: { action: 'officer.extend', details: dates }
		};
	});
}
