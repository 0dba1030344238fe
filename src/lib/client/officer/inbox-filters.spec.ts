import { describe, expect, it } from 'vitest';
import { emptyInboxFilters, filtersFromQuery, queryOfFilters } from './inbox-filters';

describe('inbox filters in the address', () => {
	it('round-trips every filter', () => {
		const filters = {
			code: 'CL.01',
			status: 'processing',
			procedureId: 'dang-ky-khai-sinh',
			channel: 'point_volunteer',
			due: 'week',
			applicant: 'Đỗ Thị Hoà',
			assignedToMe: true,
			offset: 50
		} as const;
		const query = queryOfFilters(filters);
		expect(query.toString()).toBe(
			'ma=CL.01&trang-thai=processing&thu-tuc=dang-ky-khai-sinh&kenh=point_volunteer&han=week&nguoi-nop=%C4%90%E1%BB%97+Th%E1%BB%8B+Ho%C3%A0&cua-toi=1&tu=50'
		);
		expect(filtersFromQuery(new URLSearchParams(query.toString()))).toEqual(filters);
	});

	it('leaves out what is not set, and drops what it does not know', () => {
		expect(queryOfFilters(emptyInboxFilters).toString()).toBe('');
		expect(
			filtersFromQuery(
				new URLSearchParams(
					'trang-thai=lost&kenh=fax&han=year&tu=-3&cua-toi=yes&nguoi-nop=%20An%20'
				)
			)
		).toEqual({ ...emptyInboxFilters, applicant: 'An' });
	});
});
