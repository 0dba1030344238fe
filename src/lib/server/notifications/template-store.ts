import { and, eq } from 'drizzle-orm';
import { AppError } from '$lib/errors/app-error';
import {
	checkTemplate,
	defaultTemplates,
	hasSubject,
	templateChannels,
	templateEvents,
	type MessageTemplate,
	type TemplateChannel,
	type TemplateEvent
} from '$lib/domain/notifications/templates';
import type { Database } from '../db/client';
import { notificationTemplates } from '../db/schema';
import { writeAudit } from '../audit/audit-log';

export type TemplateRow = {
	event: TemplateEvent;
	channel: TemplateChannel;
	template: MessageTemplate;
	/** Whether an administrator replaced the shipped text. */
	edited: boolean;
	updatedAt: Date | null;
};

const asTemplate = (channel: TemplateChannel, row: { subject: string | null; body: string }) =>
	hasSubject(channel) ? { subject: row.subject ?? '', body: row.body } : { body: row.body };

/** Every event and channel's text in effect: the administrator's where saved, else the shipped. */
export async function notificationTemplateRows(db: Database): Promise<TemplateRow[]> {
	const saved = await db.select().from(notificationTemplates);
	const byKey = new Map(saved.map((row) => [`${row.event}/${row.channel}`, row]));
	return templateEvents.flatMap((event) =>
		templateChannels.map((channel) => {
			const row = byKey.get(`${event}/${channel}`);
			return {
				event,
				channel,
				template: row ? asTemplate(channel, row) : defaultTemplates[event][channel],
				edited: row !== undefined,
				updatedAt: row?.updatedAt ?? null
			};
		})
	);
}

/** The text the worker renders for one event and channel. */
export async function notificationTemplate(
	db: Database,
	event: TemplateEvent,
	channel: TemplateChannel
): Promise<MessageTemplate> {
	const [row] = await db
		.select({ subject: notificationTemplates.subject, body: notificationTemplates.body })
		.from(notificationTemplates)
		.where(and(eq(notificationTemplates.event, event), eq(notificationTemplates.channel, channel)))
		.limit(1);
	return row ? asTemplate(channel, row) : defaultTemplates[event][channel];
}

/**
 * Saves an administrator's text after the same check the form runs; refused with the first
 * problem otherwise. Audited with the event and channel only: the text itself is in the table.
 */
export async function setNotificationTemplate(
	db: Database,
	actorUserId: string,
	input: { event: TemplateEvent; channel: TemplateChannel; template: MessageTemplate },
	now: Date = new Date()
): Promise<TemplateRow> {
	const { event, channel } = input;
	const template = hasSubject(channel)
		? { subject: input.template.subject ?? '', body: input.template.body }
		: { body: input.template.body };
	// The form runs the same check and words each problem at its field; this is the guarantee.
	if (checkTemplate(event, channel, template).length > 0) throw new AppError('invalid_input');
	const values = {
		event,
		channel,
		subject: template.subject ?? null,
		body: template.body,
		updatedBy: actorUserId,
		updatedAt: now
	};
	await db.transaction(async (tx) => {
		await tx
			.insert(notificationTemplates)
			.values(values)
			.onConflictDoUpdate({
				target: [notificationTemplates.event, notificationTemplates.channel],
				set: { subject: values.subject, body: values.body, updatedBy: actorUserId, updatedAt: now }
			});
		await writeAudit(tx, {
			actorUserId,
			action: 'notification.template.set',
			subject: `${event}/${channel}`,
			at: now
		});
	});
	return { event, channel, template, edited: true, updatedAt: now };
}

/** "Dùng lại nội dung mặc định": the administrator's text removed, the shipped one in effect. */
export async function resetNotificationTemplate(
	db: Database,
	actorUserId: string,
	input: { event: TemplateEvent; channel: TemplateChannel },
	now: Date = new Date()
): Promise<TemplateRow> {
	const { event, channel } = input;
	await db.transaction(async (tx) => {
		await tx
			.delete(notificationTemplates)
			.where(
				and(eq(notificationTemplates.event, event), eq(notificationTemplates.channel, channel))
			);
		await writeAudit(tx, {
			actorUserId,
			action: 'notification.template.reset',
			subject: `${event}/${channel}`,
			at: now
		});
	});
	return {
		event,
		channel,
		template: defaultTemplates[event][channel],
		edited: false,
		updatedAt: null
	};
}
