import { and, eq, isNull } from 'drizzle-orm';
import { transition } from '$lib/domain/dossier/status-machine';
import { AppError } from '$lib/errors/app-error';
import { dossierSupplementRequests, dossiers } from '../db/schema';
import { dueDateOnResume } from '../dossiers/supplement-dossier';
import { officerChange, type ChangeContext, type OfficerActor } from './change';
import type { SupplementAtDeskInput, WithdrawSupplementInput } from './inputs';
import type { OfficerDossierView } from './types';

/**
 * Ends the wait for a supplement: the open request is closed, the dossier goes back to
 * "Đang xử lý" and the due date moves later by the working days the clock stood still, exactly
 * as when the citizen's supplement arrives online (`supplement-dossier.ts`).
 */
async function resume(ctx: ChangeContext, action: 'supplement_received' | 'withdraw_supplement') {
	const { tx, row, now } = ctx;
	const moved = transition(row.status, action);
	if (!moved.ok) throw new AppError(moved.code);
	const { dueDate, pausedWorkingDays } = await dueDateOnResume(tx, row, now);
	await tx
		.update(dossierSupplementRequests)
		.set({ fulfilledAt: now })
		.where(
			and(
				eq(dossierSupplementRequests.dossierId, row.id),
				isNull(dossierSupplementRequests.fulfilledAt)
			)
		);
	await tx
		.update(dossiers)
		.set({ status: moved.to, dueDate, pausedAt: null })
		.where(eq(dossiers.id, row.id));
	return { to: moved.to, dueDate, pausedWorkingDays };
}

/**
 * Ends the wait in one of the officer's two ways: the timeline event says which (with `note`
 * and `details`), the audit line the status and due date before and after.
 */
function resumeByOfficer(
	actor: OfficerActor,
	code: string,
	action: 'supplement_received' | 'withdraw_supplement',
	auditAction: 'officer.supplement_at_desk' | 'officer.withdraw_supplement',
	note: string | null,
	details: Record<string, unknown> = {}
): Promise<OfficerDossierView> {
	return officerChange(actor, code, async (ctx) => {
		const { to, dueDate, pausedWorkingDays } = await resume(ctx, action);
		return {
			event: { status: to, action, note, details: { pausedWorkingDays, ...details } },
			audit: {
				action: auditAction,
				details: {
					from: ctx.row.status,
					to,
					oldDueDate: ctx.row.dueDate,
					dueDate,
					pausedWorkingDays
				}
			}
		};
	});
}

/**
 * The citizen brought the missing papers to the desk: the officer records it and the clock
 * resumes. The papers themselves are paper; the note may say which ones.
 */
export const supplementAtDesk = (actor: OfficerActor, input: SupplementAtDeskInput) =>
	resumeByOfficer(
		actor,
		input.code,
		'supplement_received',
		'officer.supplement_at_desk',
		input.note?.trim() || null,
		{ atDesk: true }
	);

/**
 * The officer withdraws the supplement request (asked by mistake, or the papers turned out not
 * to be needed), with a reason kept on the office's timeline: processing and the clock resume.
 */
export const withdrawSupplement = (actor: OfficerActor, input: WithdrawSupplementInput) =>
	resumeByOfficer(
		actor,
		input.code,
		'withdraw_supplement',
		'officer.withdraw_supplement',
		input.reason.trim()
	);
