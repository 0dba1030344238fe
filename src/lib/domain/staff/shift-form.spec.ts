import { describe, expect, it } from 'vitest';
import { checkShiftForm, clockInVietnam, defaultShiftForm } from './shift-form';

const form = { volunteerId: 'v', date: '2026-12-02', start: '07:30', end: '11:30' };

describe('the shift form', () => {
	it('gives the instants in Vietnam time', () => {
		const result = checkShiftForm(form);
		expect(result).toEqual({
			ok: true,
			startsAt: '2026-12-02T07:30:00+07:00',
			endsAt: '2026-12-02T11:30:00+07:00'
		});
		expect(result.ok && new Date(result.startsAt).toISOString()).toBe('2026-12-02T00:30:00.000Z');
	});

	it('names the field that is wrong', () => {
		expect(checkShiftForm({ ...form, volunteerId: '' })).toMatchObject({ field: 'volunteerId' });
		expect(checkShiftForm({ ...form, date: '2026-02-30' })).toMatchObject({ problem: 'date' });
		expect(checkShiftForm({ ...form, start: '7:30' })).toMatchObject({
			field: 'start',
			problem: 'time'
		});
		expect(checkShiftForm({ ...form, end: '24:00' })).toMatchObject({ field: 'end' });
		expect(checkShiftForm({ ...form, end: '07:30' })).toMatchObject({ problem: 'order' });
		expect(checkShiftForm({ ...form, start: '05:00', end: '21:01' })).toMatchObject({
			problem: 'long'
		});
		expect(checkShiftForm({ ...form, start: '05:00', end: '21:00' }).ok).toBe(true);
	});

	it('reads and proposes times in Vietnam whatever the PC’s zone', () => {
		expect(clockInVietnam(new Date('2026-12-01T18:05:00Z'))).toBe('01:05');
		expect(defaultShiftForm(new Date('2026-12-01T18:05:00Z'))).toEqual({
			date: '2026-12-02',
			start: '02:00',
			end: '04:00'
		});
		// Late in the evening the proposal stays within the day.
		expect(defaultShiftForm(new Date('2026-12-02T16:30:00Z'))).toMatchObject({
			start: '21:00',
			end: '23:00'
		});
	});
});
