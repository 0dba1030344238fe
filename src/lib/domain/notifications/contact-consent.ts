import { validateEmail } from '../validation/email';
import { hasErrors } from '../validation/issue';
import { validatePhone } from '../validation/phone';

/** Why a typed address is refused at the consent screen; undefined when it is fine or empty. */
export function contactAddressProblem(
	channel: 'email' | 'sms',
	value: string
): 'email_format' | 'phone_format' | undefined {
	if (value.trim() === '') return undefined;
	if (channel === 'email') return hasErrors(validateEmail(value)) ? 'email_format' : undefined;
	return hasErrors(validatePhone(value)) ? 'phone_format' : undefined;
}
