import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePersonalId, normalizePersonalId, validatePersonalId } from './personal-id';
import { personalIdProvinces } from './personal-id-provinces';

/** A well-formed number: province, century/sex digit, two year digits, six more digits. */
const makeId = (province: string, centuryDigit: number, year: number, rest = '123456') =>
	`${province}${centuryDigit}${String(year % 100).padStart(2, '0')}${rest}`;

const codes = (...args: Parameters<typeof validatePersonalId>) =>
	validatePersonalId(...args).map((issue) => issue.code);

describe('personal ID province list', () => {
	it('holds the 63 pre-2025 codes, unique, three digits each', () => {
		const list = personalIdProvinces.map((p) => p.code);
		expect(list).toHaveLength(63);
		expect(new Set(list).size).toBe(63);
		for (const code of list) expect(code).toMatch(/^0\d{2}$/);
	});
});

describe('decodePersonalId', () => {
	it.each([
		[makeId('001', 0, 1985), { provinceCode: '001', sex: 'male', birthYear: 1985 }],
		[makeId('079', 1, 1990), { provinceCode: '079', sex: 'female', birthYear: 1990 }],
		[makeId('096', 2, 2005), { provinceCode: '096', sex: 'male', birthYear: 2005 }],
		[makeId('001', 3, 2010), { provinceCode: '001', sex: 'female', birthYear: 2010 }],
		[makeId('079', 4, 2100), { provinceCode: '079', sex: 'male', birthYear: 2100 }],
		[makeId('096', 5, 2101), { provinceCode: '096', sex: 'female', birthYear: 2101 }]
	])('reads %s', (id, expected) => {
		expect(decodePersonalId(id)).toEqual(expected);
	});

	it('strips spaces', () => {
		expect(decodePersonalId('001 085 123 456')?.birthYear).toBe(1985);
	});

	it.each(['003085123456', '099085123456', '001785123456', '00108512345', 'abc'])(
		'returns null for %s',
		(id) => expect(decodePersonalId(id)).toBeNull()
	);
});

describe('validatePersonalId', () => {
	it('accepts valid numbers of both sexes and all three centuries', () => {
		const today = '2026-12-04';
		expect(
			codes(makeId('001', 0, 1985), { dateOfBirth: '1985-06-01', sex: 'male', today })
		).toEqual([]);
		expect(
			codes(makeId('079', 1, 1990), { dateOfBirth: '1990-01-31', sex: 'female', today })
		).toEqual([]);
		expect(
			codes(makeId('096', 2, 2005), { dateOfBirth: '2005-03-03', sex: 'male', today })
		).toEqual([]);
		expect(
			codes(makeId('096', 3, 2020), { dateOfBirth: '2020-12-12', sex: 'female', today })
		).toEqual([]);
		// The 2100s, on a day they have come.
		const later = '2101-06-01';
		const male2100 = { dateOfBirth: '2100-01-01', sex: 'male', today: later } as const;
		expect(codes(makeId('001', 4, 2100), male2100)).toEqual([]);
		const female2101 = { dateOfBirth: '2101-01-01', sex: 'female', today: later } as const;
		expect(codes(makeId('079', 5, 2101), female2101)).toEqual([]);
		expect(codes('079 190 000 456')).toEqual([]);
	});

	it.each([
		['079 190 000 456', '079190000456'],
		['079-190-000-456', '079190000456'],
		['079.190.000.456', '079190000456'],
		['0791 9000 0456', '079190000456'],
		['079 – 190 – 000 – 456', '079190000456']
	])('accepts %j typed with separators', (typed, digits) => {
		expect(normalizePersonalId(typed)).toBe(digits);
		expect(validatePersonalId(typed, { dateOfBirth: '1990-05-05', sex: 'female' })).toEqual([]);
		expect(decodePersonalId(typed)?.birthYear).toBe(1990);
	});

	it('refuses an ID whose birth year is still to come, today being the context’s', () => {
		// 2027 (century digit 2, year 27), checked on 4 December 2026.
		expect(validatePersonalId('001 227 123 456', { today: '2026-12-04' })).toEqual([
			{ code: 'personal_id_birth_year_future', severity: 'error', params: { idYear: 2027 } }
		]);
		// The same number is fine once 2027 has come, and this year is never "future".
		expect(validatePersonalId('001 227 123 456', { today: '2027-01-01' })).toEqual([]);
		expect(validatePersonalId('001 226 123 456', { today: '2026-01-01' })).toEqual([]);
		// The 2100s digits (4 and 5) are all still to come; no date of birth is needed to say so.
		expect(codes(makeId('001', 4, 2100), { today: '2026-12-04' })).toEqual([
			'personal_id_birth_year_future'
		]);
		expect(
			codes(makeId('079', 5, 2101), { dateOfBirth: '2101-01-01', today: '2026-12-04' })
		).toEqual(['personal_id_birth_year_future']);
	});

	it('reads the clock when the context gives no today', () => {
		expect(codes(makeId('001', 5, 2199))).toEqual(['personal_id_birth_year_future']);
	});

	it('rejects the wrong length, saying how many digits were typed', () => {
		expect(validatePersonalId('07919000045')).toEqual([
			{ code: 'personal_id_length', severity: 'error', params: { length: 11 } }
		]);
		expect(codes('0791900004567')).toEqual(['personal_id_length']);
		expect(codes('123456789')).toEqual(['personal_id_length']);
	});

	it('rejects letters and symbols', () => {
		expect(codes('07919000045A')).toEqual(['personal_id_not_digits']);
		expect(codes('079/190/000/456')).toEqual(['personal_id_not_digits']);
		expect(codes('')).toEqual(['personal_id_not_digits']);
	});

	it.each(['003', '099', '000', '097', '100'])('rejects province code %s', (province) => {
		expect(validatePersonalId(makeId(province, 0, 1985))).toEqual([
			{ code: 'personal_id_province', severity: 'error', params: { code: province } }
		]);
	});

	it.each([6, 7, 8, 9])('rejects century digit %i', (digit) => {
		expect(codes(makeId('001', digit, 1985))).toEqual(['personal_id_century_digit']);
	});

	it('finds a birth year that disagrees', () => {
		expect(validatePersonalId(makeId('001', 0, 1985), { dateOfBirth: '1986-06-01' })).toEqual([
			{
				code: 'personal_id_birth_year_mismatch',
				severity: 'error',
				params: { idYear: 1985, year: 1986 }
			}
		]);
	});

	it('finds a century that disagrees', () => {
		expect(codes(makeId('001', 0, 1905), { dateOfBirth: '2005-06-01' })).toEqual([
			'personal_id_century_mismatch'
		]);
		expect(codes(makeId('001', 2, 2005), { dateOfBirth: '1905-06-01' })).toEqual([
			'personal_id_century_mismatch'
		]);
	});

	it('finds a sex that disagrees', () => {
		expect(codes(makeId('001', 0, 1985), { sex: 'female' })).toEqual(['personal_id_sex_mismatch']);
		expect(codes(makeId('001', 3, 2010), { sex: 'male' })).toEqual(['personal_id_sex_mismatch']);
		expect(codes(makeId('001', 1, 1985), { dateOfBirth: '1984-01-01', sex: 'male' })).toEqual([
			'personal_id_birth_year_mismatch',
			'personal_id_sex_mismatch'
		]);
	});

	it('agrees with decodePersonalId on every well-formed number', () => {
		const province = fc.constantFrom(...personalIdProvinces.map((p) => p.code));
		const digit = fc.integer({ min: 0, max: 5 });
		const yy = fc.integer({ min: 0, max: 99 });
		const rest = fc.stringMatching(/^\d{6}$/);
		fc.assert(
			fc.property(province, digit, yy, rest, (p, d, y, r) => {
				const id = makeId(p, d, y, r);
				const decoded = decodePersonalId(id);
				expect(decoded).not.toBeNull();
				if (!decoded) return;
				const dateOfBirth = `${decoded.birthYear}-07-15`;
				const today = '2199-12-31';
				expect(validatePersonalId(id, { dateOfBirth, sex: decoded.sex, today })).toEqual([]);
			})
		);
	});
});
