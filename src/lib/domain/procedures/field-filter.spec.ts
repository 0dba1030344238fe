import { describe, expect, it } from 'vitest';
import { procedures } from '$testing/procedures/catalogue';
import { fieldFromParam, fieldOfLawSlug, fieldsPresent } from './field-filter';
import { fieldOfLawNames, type FieldOfLaw } from './procedure-labels';

describe('field-of-law filter', () => {
	it('names each field in the address without diacritics', () => {
		expect(fieldOfLawSlug('civil_status')).toBe('ho-tich');
		expect(fieldOfLawSlug('residence')).toBe('cu-tru');
		expect(fieldOfLawSlug('land')).toBe('dat-dai');
		expect(fieldOfLawSlug('health_insurance')).toBe('bao-hiem-y-te');
	});

	it('gives every field a distinct slug, whatever fields are listed', () => {
		const slugs = (Object.keys(fieldOfLawNames) as FieldOfLaw[]).map(fieldOfLawSlug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('offers only the fields that have procedures, in the labels’ order', () => {
		const some = [...procedures]
			.reverse()
			.filter((p) => ['residence', 'certification', 'civil_status'].includes(p.field));
		expect(fieldsPresent(some)).toEqual(['civil_status', 'residence', 'certification']);
		expect(fieldsPresent(procedures)).toEqual(
			expect.arrayContaining(['social_protection', 'business', 'military'])
		);
		expect(fieldsPresent([])).toEqual([]);
	});

	it('reads the field from its slug or key, and ignores one the catalogue lacks', () => {
		const present = fieldsPresent(procedures);
		expect(fieldFromParam('cu-tru', present)).toBe('residence');
		expect(fieldFromParam('CU-TRU', present)).toBe('residence');
		expect(fieldFromParam('civil_status', present)).toBe('civil_status');
		expect(fieldFromParam('dat-dai', present)).toBeUndefined();
		expect(fieldFromParam('khong-co', present)).toBeUndefined();
		expect(fieldFromParam(null, present)).toBeUndefined();
		expect(fieldFromParam('', present)).toBeUndefined();
	});
});
