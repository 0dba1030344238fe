import { and, desc, eq, lte } from 'drizzle-orm';
import { formatInVietnam } from '$lib/domain/text/date-format';
import { serverPublicUrl } from '$lib/domain/office/public-url';
import type { Database } from '../db/client';
import {
	dossierApologies,
	dossierEvents,
	dossierExtensions,
	dossierSupplementRequests,
	dossiers,
	type NotificationChannel,
	type NotificationEvent,
	type ResultDelivery
} from '../db/schema';
import { officeSetting } from '../office/office-setting';
import { publishedVersion } from '../procedures/procedure-store';

/**
 * What a message may say about a dossier, each a short plain value for a placeholder: nothing
 * beyond what the citizen gave for this purpose (no name, no answers), the office's own words
 * (its name, the reason it gave) and the link to the look-up with the code.
 */
export type MessageFacts = {
	code: string;
	procedure: string;
	office: string;
	/** The due date as the citizen reads it (dd/mm/yyyy); after an extension or apology, the new one. */
	dueDate: string;
	/** The reason the office gave: the papers it needs, the refusal's, the extension's or apology's. */
	reason: string;
	/** How to get the result, for "result ready". */
	collect: string;
	/** The look-up with the code filled in; empty when the server has no public address. */
	lookupUrl: string;
};

export type RenderedMessage = { subject: string; text: string };

/** Turns an event's facts into the text for one channel (template-render.ts). */
export type RenderMessage = (
	event: NotificationEvent,
	channel: NotificationChannel,
	facts: MessageFacts
) => RenderedMessage | Promise<RenderedMessage>;

const vnDate = (isoDate: string) => formatInVietnam(`${isoDate}T12:00:00+07:00`, 'vi', 'date');

const collectBy: Record<ResultDelivery['method'], string> = {
	desk: 'Mời ông/bà mang giấy tiếp nhận đến Bộ phận Một cửa để nhận kết quả.',
	post: 'Kết quả được gửi qua bưu điện tới địa chỉ ông/bà đã đăng ký.',
	online: 'Ông/bà tải kết quả tại trang tra cứu hồ sơ.'
};

type EventRow = { at: Date; note: string | null; details: Record<string, unknown> | null };

async function reasonFor(
	db: Database,
	dossierId: string,
	event: NotificationEvent,
	row: EventRow
): Promise<string> {
	switch (event) {
		case 'refused':
			return row.note ?? '';
		case 'supplement_requested': {
			const [request] = await db
				.select({
					reasons: dossierSupplementRequests.reasons,
					other: dossierSupplementRequests.otherReason
				})
				.from(dossierSupplementRequests)
				.where(
					and(
						eq(dossierSupplementRequests.dossierId, dossierId),
						lte(dossierSupplementRequests.requestedAt, row.at)
					)
				)
				.orderBy(desc(dossierSupplementRequests.id))
				.limit(1);
			if (!request) return '';
			return [
				...request.reasons.map((r) => r.label),
				...(request.other ? [request.other] : [])
			].join('; ');
		}
		case 'extended':
		case 'late': {
			const table = event === 'extended' ? dossierExtensions : dossierApologies;
			const [found] = await db
				.select({ reason: table.reason })
				.from(table)
				.where(and(eq(table.dossierId, dossierId), lte(table.at, row.at)))
				.orderBy(desc(table.id))
				.limit(1);
			return found?.reason ?? '';
		}
		default:
			return '';
	}
}

/**
 * The facts of one queued notification, read when it is sent (so a corrected office name or
 * address is the current one); the dates are the event's own.
 */
export async function messageFacts(
	db: Database,
	notification: { dossierId: string; eventId: number; event: NotificationEvent },
	origin: string | undefined = process.env.ORIGIN
): Promise<MessageFacts> {
	const [dossier] = await db
		.select({
			code: dossiers.code,
			procedureId: dossiers.procedureId,
			procedureVersion: dossiers.procedureVersion,
			dueDate: dossiers.dueDate,
			resultDelivery: dossiers.resultDelivery
		})
		.from(dossiers)
		.where(eq(dossiers.id, notification.dossierId));
	const [event] = await db
		.select({ at: dossierEvents.at, note: dossierEvents.note, details: dossierEvents.details })
		.from(dossierEvents)
		.where(eq(dossierEvents.id, notification.eventId));
	if (!dossier || !event) throw new Error('notification without its dossier or event');
	const definition = await publishedVersion(db, dossier.procedureId, dossier.procedureVersion);
	const office = await officeSetting(db);
	const base = serverPublicUrl(office.publicUrl, origin);
	const newDate = event.details?.newDate;
	return {
		code: dossier.code,
		procedure: definition?.name.vi ?? '',
		office: office.name,
		dueDate: vnDate(typeof newDate === 'string' ? newDate : dossier.dueDate),
		reason: await reasonFor(db, notification.dossierId, notification.event, event),
		collect: dossier.resultDelivery ? collectBy[dossier.resultDelivery.method] : '',
		lookupUrl: base ? `${base}/tra-cuu?ma=${encodeURIComponent(dossier.code)}` : ''
	};
}
