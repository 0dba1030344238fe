import { describe, expect, it } from 'vitest';
import { validateEmail } from './email';
import { validateOldIdCard } from './old-id-card';
import { convertedMobileNumber, normalizePhone, validatePhone } from './phone';
import { mobilePrefixes, retiredMobilePrefixes } from './phone-prefixes';
import {
	defaultMobilePrefixList,
	mobilePrefixListOf,
	mobilePrefixListSchema
} from './mobile-prefix-list';

const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe('phone', () => {
	it.each([
		['0912345678', '0912345678'],
		['0912 345 678', '0912345678'],
		['0912.345.678', '0912345678'],
		['+84 912 345 678', '0912345678'],
		['+84912345678', '0912345678'],
		['84912345678', '0912345678'],
		['0084 912 345 678', '0912345678'],
		['+84 0912 345 678', '0912345678'],
		['+84 (0) 912 345 678', '0912345678'],
		['84 0912 345 678', '0912345678'],
		['+84 55 912 3456', '0559123456'],
		['(091) 234-5678', '0912345678']
	])('normalises %s', (input, expected) => {
		expect(normalizePhone(input)).toBe(expected);
		expect(validatePhone(input)).toEqual([]);
	});

	it('keeps a 10-digit number that starts with 084 as it is', () => {
		expect(normalizePhone('0849123456')).toBe('0849123456');
	});

	it.each([
		'032',
		'039',
		'052',
		'055',
		'056',
		'058',
		'059',
		'070',
		'076',
		'079',
		'081',
		'089',
		'090',
		'094',
		'096',
		'098',
		'099'
	])('accepts prefix %s', (prefix) => expect(validatePhone(`${prefix}1234567`)).toEqual([]));

	it.each(['031', '040', '050', '057', '071', '075', '080', '095', '012'])(
		'says %s does not look like a mobile number',
		(prefix) => {
			expect(validatePhone(`${prefix}1234567`)).toEqual([
				{ code: 'phone_unknown_prefix', severity: 'warning', params: { prefix } }
			]);
		}
	);

	it.each(['091234567', '09123456789', '912345678', '09123abc78', '', '+1 212 555 0100'])(
		'rejects the format of %j',
		(input) => expect(codes(validatePhone(input))).toEqual(['phone_format'])
	);

	it.each([
		['0168 123 4567', '0168', '038', '038 123 4567'],
		['01681234567', '0168', '038', '038 123 4567'],
		['0129.876.5432', '0129', '082', '082 876 5432'],
		['+84 168 123 4567', '0168', '038', '038 123 4567'],
		['0120 555 0000', '0120', '070', '070 555 0000'],
		['0199 123 4567', '0199', '059', '059 123 4567']
	])('says what the old 11-digit number %s became', (input, old, prefix, suggestion) => {
		expect(validatePhone(input)).toEqual([
			{ code: 'phone_retired_prefix', severity: 'error', params: { old, prefix, suggestion } }
		]);
		expect(convertedMobileNumber(input)).toBe(suggestion.replaceAll(' ', ''));
	});

	it('gives no hint for an 11-digit number that was never a mobile one', () => {
		expect(convertedMobileNumber('01301234567')).toBeNull();
		expect(codes(validatePhone('01301234567'))).toEqual(['phone_format']);
	});

	it('maps every retired prefix to a known one, the 2018 table in full', () => {
		expect(Object.keys(retiredMobilePrefixes)).toHaveLength(21);
		for (const [old, prefix] of Object.entries(retiredMobilePrefixes)) {
			expect(old).toMatch(/^01\d{2}$/);
			expect(mobilePrefixes).toContain(prefix);
		}
	});

	it('follows the administrator’s prefix list when one is given', () => {
		const list = { current: ['090', '050'], retired: { '0160': '050' } };
		// A new prefix is known: no warning.
		expect(validatePhone('0501234567', list)).toEqual([]);
		// One removed from the list is only worth a second look, as any unknown prefix.
		expect(codes(validatePhone('0381234567', list))).toEqual(['phone_unknown_prefix']);
		// A retired prefix of the list says what it became; one not in it is just malformed.
		expect(validatePhone('01601234567', list)).toEqual([
			{
				code: 'phone_retired_prefix',
				severity: 'error',
				params: { old: '0160', prefix: '050', suggestion: '050 123 4567' }
			}
		]);
		expect(codes(validatePhone('01681234567', list))).toEqual(['phone_format']);
		expect(convertedMobileNumber('01601234567', list)).toBe('0501234567');
		// Without a list, the shipped one.
		expect(validatePhone('0381234567')).toEqual([]);
	});

	it('checks a list before it is stored', () => {
		expect(mobilePrefixListSchema.safeParse(defaultMobilePrefixList).success).toBe(true);
		for (const bad of [
			{ current: ['90'], retired: {} },
			{ current: ['090', '090'], retired: {} },
			{ current: ['090'], retired: { '0160': '50' } },
			{ current: ['090'], retired: { '060': '050' } }
		])
			expect(mobilePrefixListSchema.safeParse(bad).success).toBe(false);
		expect(mobilePrefixListOf({ current: 'x' })).toBe(defaultMobilePrefixList);
	});

	it('keeps the prefix list unique and three digits long', () => {
		expect(new Set(mobilePrefixes).size).toBe(mobilePrefixes.length);
		for (const prefix of mobilePrefixes) expect(prefix).toMatch(/^0\d{2}$/);
	});
});

describe('old ID card (CMND)', () => {
	it.each(['123456789', '123 456 789', '123-456-789', '012345678901'])('accepts %s', (value) => {
		expect(validateOldIdCard(value)).toEqual([]);
	});

	it.each(['12345678', '1234567890', '12345678901', '1234567890123', '12345678A', ''])(
		'rejects %j',
		(value) => expect(codes(validateOldIdCard(value))).toEqual(['old_id_card_format'])
	);
});

describe('email', () => {
	it.each(['lan.nguyen@gmail.com', 'a@b.vn', ' hoa+ubnd@xa-tan-an.gov.vn '])(
		'accepts %j',
		(value) => {
			expect(validateEmail(value)).toEqual([]);
		}
	);

	it.each([
		'lan',
		'lan@',
		'@gmail.com',
		'lan@gmail',
		'lan @gmail.com',
		'lan@@gmail.com',
		'lan@gmail..com',
		'lan@.com'
	])('rejects %j', (value) => expect(codes(validateEmail(value))).toEqual(['email_format']));
});
