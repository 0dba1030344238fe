import { eq } from 'drizzle-orm';
import { apologyRequired } from '$lib/domain/dossier/apology';
import { transition } from '$lib/domain/dossier/status-machine';
import { AppError } from '$lib/errors/app-error';
import {
	attachmentBlobs,
	dossierAssignments,
	dossierSupplementRequests,
	dossiers,
	type ResultDelivery
} from '../db/schema';
import type { Database } from '../db/client';
import { publishedVersion } from '../procedures/procedure-store';
import { officerChange, type ChangeContext, type OfficerActor } from './change';
import type { ActInput, DeliveryInput } from './inputs';
import type { OfficerDossierView } from './types';

/** The document fields of the dossier's procedure: what a supplement may name. */
async function documentFieldIds(db: Database, procedureId: string, version: number) {
	const definition = await publishedVersion(db, procedureId, version);
	return new Set(
		definition?.steps.flatMap((s) => s.fields.filter((f) => f.kind === 'document').map((f) => f.id))
	);
}

/**
 * An online result must name its file, uploaded before (attachments.putChunk) with the size and
 * type the officer's device announced: the citizen's look-up downloads exactly that blob.
 */
async function checkedDelivery(
	ctx: ChangeContext,
	delivery: DeliveryInput
): Promise<ResultDelivery> {
	if (delivery.method !== 'online') return delivery;
	const { fileSha256, fileName, mimeType, sizeBytes } = delivery;
	if (!fileSha256 || !fileName || !mimeType || !sizeBytes) {
		throw new AppError('result_file_required');
	}
	const [blob] = await ctx.tx
		.select({ mimeType: attachmentBlobs.mimeType, sizeBytes: attachmentBlobs.sizeBytes })
		.from(attachmentBlobs)
		.where(eq(attachmentBlobs.sha256, fileSha256))
		.limit(1);
	if (!blob || blob.mimeType !== mimeType || blob.sizeBytes !== sizeBytes) {
		throw new AppError('attachment_missing');
	}
	return { method: 'online', fileSha256, fileName, mimeType, sizeBytes };
}

type Extra = { set: Partial<typeof dossiers.$inferInsert>; details: Record<string, unknown> };

/** The checks and writes particular to each action, before the status changes. */
async function actionSpecifics(ctx: ChangeContext, input: ActInput): Promise<Extra> {
	const { tx, row, user, now } = ctx;
	switch (input.action) {
		case 'accept': {
			// The officer who accepts a dossier nobody holds becomes responsible for it (form 06's first line).
			// An administrator accepting is not taking the dossier on.
			if (row.assigneeId || user.role !== 'officer') return { set: {}, details: {} };
			await tx.insert(dossierAssignments).values({
				dossierId: row.id,
				at: now,
				fromUserId: null,
				toUserId: user.id,
				byUserId: user.id
			});
			return { set: { assigneeId: user.id }, details: {} };
		}
		case 'request_supplement': {
			const reasons = input.reasons ?? [];
			const otherReason = input.otherReason?.trim() || null;
			if (reasons.length === 0 && !otherReason) throw new AppError('invalid_input');
			const fields = await documentFieldIds(tx, row.procedureId, row.procedureVersion);
			if (reasons.some((r) => r.fieldId !== undefined && !fields.has(r.fieldId))) {
				throw new AppError('invalid_input');
			}
			await tx.insert(dossierSupplementRequests).values({
				dossierId: row.id,
				reasons: reasons.map((r) =>
					r.fieldId ? { fieldId: r.fieldId, label: r.label } : { label: r.label }
				),
				otherReason,
				requestedAt: now,
				requestedBy: user.id
			});
			return {
				set: { pausedAt: now },
				details: { reasons: reasons.length, otherReason: otherReason !== null }
			};
		}
		case 'reject':
			if (!input.note?.trim()) throw new AppError('invalid_input');
			return { set: {}, details: {} };
		case 'set_result_ready': {
			if (!input.delivery) throw new AppError('invalid_input');
			const delivery = await checkedDelivery(ctx, input.delivery);
			return {
				set: { resultDelivery: delivery, resultAt: ctx.now },
				// The method and the file's type and size only: a file name can carry a person's name.
				details:
					delivery.method === 'online'
						? {
								method: delivery.method,
								mimeType: delivery.mimeType,
								sizeBytes: delivery.sizeBytes
							}
						: { method: delivery.method }
			};
		}
		case 'deliver':
			return { set: {}, details: {} };
	}
}

/**
 * An officer's action on a dossier: refused while it is late and not yet apologised for, or when
 * the status machine does not allow it; otherwise the status moves and the event records it.
 */
export function actOnDossier(actor: OfficerActor, input: ActInput): Promise<OfficerDossierView> {
	return officerChange(actor, input.code, async (ctx) => {
		const { tx, row, today } = ctx;
		if (apologyRequired(row, today)) throw new AppError('apology_required');
		const moved = transition(row.status, input.action);
		if (!moved.ok) throw new AppError(moved.code);
		const { set, details } = await actionSpecifics(ctx, input);
		await tx
			.update(dossiers)
			.set({ ...set, status: moved.to })
			.where(eq(dossiers.id, row.id));
		return {
			event: {
				status: moved.to,
				action: input.action,
				note: input.note?.trim() || null,
				details: Object.keys(details).length > 0 ? details : null
			},
			audit: {
				action: 'officer.act',
				details: { action: input.action, from: row.status, to: moved.to }
			}
		};
	});
}
