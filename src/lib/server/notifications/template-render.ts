import { smsFacts } from '$lib/domain/notifications/message-facts';
import { renderTemplate, type TemplateFacts } from '$lib/domain/notifications/templates';
import type { Database } from '../db/client';
import type { MessageFacts, RenderMessage } from './message';
import { notificationTemplate } from './template-store';

/** A queued message's facts as the templates' placeholders name them. */
export function placeholderValues(event: string, facts: MessageFacts): TemplateFacts {
	return {
		maHoSo: facts.code,
		thuTuc: facts.procedure,
		coQuan: facts.office,
		hanTra: facts.dueDate,
		lienKetTraCuu: facts.lookupUrl,
		cachNhan: facts.collect,
		// The papers asked for are the reason of a supplement request.
		...(event === 'supplement_requested' ? { giayToCanBo: facts.reason } : { lyDo: facts.reason })
	};
}

/**
 * The worker's renderer: the administrator's text for the event and channel (or the shipped one),
 * read when the message is sent, filled with the dossier's facts; SMS facts lose their
 * diacritics, as the SMS texts do, so that one message stays 160 characters.
 */
export function templateRender(db: Database): RenderMessage {
	return async (event, channel, facts) => {
		const template = await notificationTemplate(db, event, channel);
		const values = placeholderValues(event, facts);
		const rendered = renderTemplate(template, channel === 'sms' ? smsFacts(values) : values);
		return { subject: rendered.subject ?? '', text: rendered.body };
	};
}
