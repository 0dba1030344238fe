import type { NotificationChannel } from '../../db/schema';

export type PushSubscriptionJson = { endpoint: string; keys: { p256dh: string; auth: string } };

/** One message on its way: the address from the consent, the rendered text. Personal data. */
export type Delivery = {
	notificationId: number;
	/** An email address or a mobile number; the subscription for push. */
	to: string | PushSubscriptionJson;
	subject: string;
	text: string;
	/** The look-up link, for the email's button and the push's click. */
	url: string;
};

export type Sent = { providerMessageId: string | null };

export type Transport = {
	channel: NotificationChannel;
	send(delivery: Delivery): Promise<Sent>;
	close(): void;
};

/**
 * A failed send, with a reason fit for the attempt log (never the text nor the address).
 * `permanent` when retrying cannot help (a mailbox that does not exist, a push subscription the
 * browser dropped): the message goes to the dead letters at once.
 */
export class DeliveryFailure extends Error {
	constructor(
		readonly reason: string,
		readonly permanent = false
	) {
		super(reason);
		this.name = 'DeliveryFailure';
	}
}

/** Email addresses and long digit runs (phone numbers) out of a transport's message. */
export function redacted(message: string): string {
	return message
		.replace(/[^\s<>"'@]+@[^\s<>"']+/g, '…@…')
		.replace(/\+?\d[\d .-]{7,}\d/g, (m) => (/^\d{1,3}(\.\d{1,3}){3}/.test(m) ? m : '…'))
		.slice(0, 300);
}

/** The reason of any error thrown by a transport library: its code and redacted message. */
export function reasonOf(error: unknown): string {
	if (error instanceof DeliveryFailure) return error.reason;
	if (error instanceof Error) {
		const code = (error as { code?: unknown }).code;
		return redacted(`${typeof code === 'string' ? `${code}: ` : ''}${error.message}`);
	}
	return 'unknown error';
}
