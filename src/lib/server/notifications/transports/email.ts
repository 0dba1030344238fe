import nodemailer from 'nodemailer';
import type { EmailSettings } from '../settings';
import { DeliveryFailure, reasonOf, type Delivery, type Transport } from './transport';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The HTML part: the same sentences, the look-up as a link a phone opens with one tap. */
export function emailHtml(delivery: Pick<Delivery, 'subject' | 'text' | 'url'>): string {
	const text = delivery.url
		? delivery.text.replace(` Tra cứu: ${delivery.url}`, '')
		: delivery.text;
	const link = delivery.url ? `<p><a href="${escapeHtml(delivery.url)}">Tra cứu hồ sơ</a></p>` : '';
	return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(delivery.subject)}</title></head><body><p>${escapeHtml(text)}</p>${link}</body></html>`;
}

/**
 * Email through SMTP (SMTP_URL, e.g. smtps://user:pass@smtp.example.vn:465), with a plain-text
 * and an HTML part. The Message-ID is the notification's own, so a copy sent again after a crash
 * carries the same id and mail clients can tell it is one message.
 */
export function emailTransport(settings: EmailSettings): Transport {
	const mailer = nodemailer.createTransport({
		url: settings.smtpUrl,
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 30_000
	});
	const domain = settings.from.match(/@([^\s>]+)/)?.[1] ?? 'cunglam.local';
	return {
		channel: 'email',
		async send(delivery) {
			if (typeof delivery.to !== 'string') throw new DeliveryFailure('no email address', true);
			try {
				const info = await mailer.sendMail({
					from: settings.from,
					to: delivery.to,
					subject: delivery.subject,
					text: delivery.text,
					html: emailHtml(delivery),
					messageId: `<notification-${delivery.notificationId}@${domain}>`
				});
				return { providerMessageId: info.messageId ?? null };
			} catch (error) {
				const code = (error as { responseCode?: unknown }).responseCode;
				// 5xx: the server refused for good (no such mailbox); 4xx and the network: later.
				const permanent = typeof code === 'number' && code >= 500 && code < 600;
				throw new DeliveryFailure(reasonOf(error), permanent);
			}
		},
		close: () => mailer.close()
	};
}
