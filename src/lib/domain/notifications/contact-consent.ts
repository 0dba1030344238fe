import { normalizeEmail, validateEmail } from '../validation/email';
import { hasErrors } from '../validation/issue';
import { normalizePhone, validatePhone } from '../validation/phone';

/** The consent screen's two answers about messages, one per channel (issue 20). */
export type ContactChoice = { email: boolean; sms: boolean };

/** Addresses per channel: typed on the consent screen, or found in the application. */
export type ContactAddresses = { email?: string; sms?: string };

/** Why a typed address is refused at the consent screen; undefined when it is fine or empty. */
export function contactAddressProblem(
	channel: 'email' | 'sms',
	value: string
): 'email_format' | 'phone_format' | undefined {
	if (value.trim() === '') return undefined;
	if (channel === 'email') return hasErrors(validateEmail(value)) ? 'email_format' : undefined;
	return hasErrors(validatePhone(value)) ? 'phone_format' : undefined;
}

/**
 * What the dossier carries to the server: for each channel consented to, the address typed for
 * this purpose, else the application's own; a channel without a usable address is left out
 * (nothing can be sent there). Undefined when nothing was consented, so the submission stays as
 * an older device would send it.
 */
export function consentedContact(
	choice: ContactChoice,
	typed: ContactAddresses,
	application: { email?: string; phone?: string }
): ContactAddresses | undefined {
	const pick = (channel: 'email' | 'sms', ...candidates: (string | undefined)[]) =>
		candidates.find((value) => value && value.trim() && !contactAddressProblem(channel, value));
	const email = choice.email ? pick('email', typed.email, application.email) : undefined;
	const sms = choice.sms ? pick('sms', typed.sms, application.phone) : undefined;
	if (!email && !sms) return undefined;
	return {
		...(email ? { email: normalizeEmail(email) } : {}),
		...(sms ? { sms: normalizePhone(sms) } : {})
	};
}
