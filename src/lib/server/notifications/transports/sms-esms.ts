import type { SmsSettings } from '../settings';
import { DeliveryFailure, redacted, type Transport } from './transport';

/**
 * eSMS.vn's brandname API, "Send OTP/Customer care message" (developers.esms.vn, esms-api,
 * send-sms-api): one POST of JSON per message to SendMultipleMessage_V4_post_json, with the
 * registered brandname as sender, SmsType "2" (customer care), IsUnicode "1" so the Vietnamese
 * diacritics survive, and a RequestId the provider uses to refuse a duplicate — the
 * notification's id, so a message sent again after a crash is not delivered twice.
 * The answer's CodeResult is "100" when accepted, with the provider's SMSID.
 */
export type EsmsRequest = {
	ApiKey: string;
	SecretKey: string;
	Content: string;
	Phone: string;
	Brandname: string;
	SmsType: '2';
	IsUnicode: '1';
	Sandbox: '0' | '1';
	RequestId: string;
};

type EsmsAnswer = { CodeResult?: string; SMSID?: string; ErrorMessage?: string };

export function esmsRequest(
	settings: SmsSettings,
	notificationId: number,
	phone: string,
	content: string
): EsmsRequest {
	return {
		ApiKey: settings.apiKey,
		SecretKey: settings.secretKey,
		Content: content,
		Phone: phone,
		Brandname: settings.brandname,
		SmsType: '2',
		IsUnicode: '1',
		Sandbox: settings.sandbox ? '1' : '0',
		RequestId: `cunglam-${notificationId}`
	};
}

export function esmsTransport(settings: SmsSettings, timeoutMs = 30_000): Transport {
	return {
		channel: 'sms',
		async send(delivery) {
			if (typeof delivery.to !== 'string') throw new DeliveryFailure('no phone number', true);
			let response: Response;
			try {
				response = await fetch(settings.apiUrl, {
					method: 'POST',
					headers: { 'content-type': 'application/json', accept: 'application/json' },
					body: JSON.stringify(
						esmsRequest(settings, delivery.notificationId, delivery.to, delivery.text)
					),
					signal: AbortSignal.timeout(timeoutMs)
				});
			} catch (error) {
				const cause = (error as { cause?: { code?: string; message?: string } }).cause;
				const why = cause?.code ?? cause?.message ?? (error as Error).name;
				throw new DeliveryFailure(`eSMS unreachable${why ? `: ${why}` : ''}`);
			}
			if (!response.ok) {
				await response.body?.cancel();
				// Our own request is wrong (401, 404…): no retry mends it; the provider's 5xx and 429 may pass.
				const permanent = response.status < 500 && response.status !== 429;
				throw new DeliveryFailure(`eSMS HTTP ${response.status}`, permanent);
			}
			const answer = (await response.json().catch(() => ({}))) as EsmsAnswer;
			if (answer.CodeResult !== '100') {
				const message = answer.ErrorMessage ? `: ${redacted(answer.ErrorMessage)}` : '';
				throw new DeliveryFailure(`eSMS CodeResult ${answer.CodeResult ?? '?'}${message}`);
			}
			return { providerMessageId: answer.SMSID ?? null };
		},
		close: () => {}
	};
}
