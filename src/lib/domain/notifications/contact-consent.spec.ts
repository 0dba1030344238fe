import { describe, expect, it } from 'vitest';
import { contactAddressProblem } from './contact-consent';
import { consentedContact } from './consented-contact';

describe('contactAddressProblem', () => {
	it('refuses a malformed email or number, and lets an empty field through', () => {
		expect(contactAddressProblem('email', 'lan@')).toBe('email_format');
		expect(contactAddressProblem('email', 'lan@example.vn')).toBeUndefined();
		expect(contactAddressProblem('sms', '0912 345')).toBe('phone_format');
		expect(contactAddressProblem('sms', '+84 912 345 678')).toBeUndefined();
		expect(contactAddressProblem('sms', '  ')).toBeUndefined();
	});
});

describe('consentedContact', () => {
	const application = { email: 'ho.so@example.vn', phone: '0987654321' };

	it('sends nothing for a channel not consented, and nothing at all without consent', () => {
		expect(consentedContact({ email: false, sms: false }, {}, application)).toBeUndefined();
		expect(consentedContact({ email: false, sms: true }, {}, application)).toEqual({
			sms: '0987654321'
		});
	});

	it('prefers the address typed for this purpose over the application’s', () => {
		expect(
			consentedContact(
				{ email: true, sms: true },
				{ email: ' rieng@example.vn ', sms: '+84 912 345 678' },
				application
			)
		).toEqual({ email: 'rieng@example.vn', sms: '+84 912 345 678' });
	});

	it('leaves out a consented channel without a usable address', () => {
		expect(consentedContact({ email: true, sms: true }, {}, { phone: '0987654321' })).toEqual({
			sms: '0987654321'
		});
		expect(consentedContact({ email: true, sms: false }, { email: '  ' }, {})).toBeUndefined();
	});
});
