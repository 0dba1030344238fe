import { describe, expect, it } from 'vitest';
import { addDays, weekday } from './iso-date';
import { dayOffRowSchema, defaultDaysOff, type DayOffRow } from './holidays';

const byDate = (rows: DayOffRow[]) => new Map(rows.map((row) => [row.date, row]));
const dates = (rows: DayOffRow[], kind?: DayOffRow['kind']) =>
	rows.filter((row) => !kind || row.kind === kind).map((row) => row.date);

describe('defaultDaysOff', () => {
	it('2026: Tết 16–20 Feb (29 Tết to mùng 4), first day Tuesday 17 Feb', () => {
		const rows = defaultDaysOff(2026);
		expect(dates(rows, 'tet')).toEqual([
			'2026-02-16',
			'2026-02-17',
			'2026-02-18',
			'2026-02-19',
			'2026-02-20'
		]);
		expect(byDate(rows).get('2026-02-16')?.name.vi).toContain('29 tháng Chạp');
		expect(byDate(rows).get('2026-02-17')?.name.vi).toContain('mùng 1');
		expect(weekday('2026-02-17')).toBe(2);
	});

	it('2026: Hùng Kings on Sunday 26 April, taken on Monday 27 April', () => {
		const rows = byDate(defaultDaysOff(2026));
		expect(rows.get('2026-04-26')?.kind).toBe('holiday');
		expect(rows.get('2026-04-27')?.kind).toBe('substitute');
		expect(rows.get('2026-04-27')?.name.vi).toBe('Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)');
	});

	it('2026: the fixed holidays, 1 September as the adjacent day, Culture Day on Tuesday 24 Nov', () => {
		expect(dates(defaultDaysOff(2026), 'holiday')).toEqual([
			'2026-01-01',
			'2026-04-26',
			'2026-04-30',
			'2026-05-01',
			'2026-09-01',
			'2026-09-02',
			'2026-11-24'
		]);
		expect(weekday('2026-11-24')).toBe(2);
	});

	it('has Culture Day only from 2026 (configurable)', () => {
		expect(dates(defaultDaysOff(2025))).not.toContain('2025-11-24');
		expect(dates(defaultDaysOff(2025, { cultureDayFrom: 2025 }))).toContain('2025-11-24');
	});

	it('2027: Tết from Friday 5 Feb, weekend Tết days made up on Wednesday 10 and Thursday 11', () => {
		const rows = defaultDaysOff(2027);
		expect(dates(rows, 'tet')).toEqual([
			'2027-02-05',
			'2027-02-06',
			'2027-02-07',
			'2027-02-08',
			'2027-02-09'
		]);
		expect(dates(rows, 'substitute')).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
		expect(byDate(rows).get('2027-04-16')?.kind).toBe('holiday'); // Hùng Kings, Friday
	});

	it('2028: Tết from Tuesday 25 Jan; Hùng Kings Tuesday 4 April; 2 Sep on Saturday', () => {
		const rows = defaultDaysOff(2028);
		expect(dates(rows, 'tet')[1]).toBe('2028-01-26');
		expect(byDate(rows).get('2028-04-04')?.kind).toBe('holiday');
		// 1 Jan (Sat) → 3 Jan; mùng 4 (Sat 29 Jan) → 31 Jan; 30 Apr (Sun) → 2 May since 1 May is
		// itself a holiday; 2 Sep (Sat) → 4 Sep, with 1 Sep (Fri) as the adjacent day
		expect(dates(rows, 'substitute')).toEqual([
			'2028-01-03',
			'2028-01-31',
			'2028-05-02',
			'2028-09-04'
		]);
		expect(dates(rows)).toContain('2028-09-01');
	});

	it('picks 3 September when 1 September is a weekend (2024, as the government did)', () => {
		const rows = dates(defaultDaysOff(2024));
		expect(rows).toContain('2024-09-03');
		expect(rows).not.toContain('2024-09-01');
	});

	it('gives sorted, unique, valid rows, substitutes on working weekdays, for 1990–2050', () => {
		for (let year = 1990; year <= 2050; year++) {
			const rows = defaultDaysOff(year);
			for (const row of rows) expect(dayOffRowSchema.parse(row)).toEqual(row);
			const all = dates(rows);
			expect(all).toEqual([...new Set(all)].sort());
			expect(dates(rows, 'tet')).toHaveLength(5);
			for (const date of dates(rows, 'substitute')) expect([0, 6]).not.toContain(weekday(date));
			const weekendDaysOff = rows.filter(
				(r) => r.kind !== 'substitute' && [0, 6].includes(weekday(r.date))
			);
			expect(dates(rows, 'substitute')).toHaveLength(weekendDaysOff.length);
			const [eve, firstDay] = dates(rows, 'tet');
			expect(addDays(eve!, 1)).toBe(firstDay);
		}
	});

	it('validates administrator rows with its schema', () => {
		expect(
			dayOffRowSchema.safeParse({
				date: '2026-02-14',
				name: { vi: 'Nghỉ Tết (công chức)', en: 'Tết break (public servants)' },
				kind: 'tet'
			}).success
		).toBe(true);
		expect(
			dayOffRowSchema.safeParse({ date: '2026-02-30', name: { vi: 'x', en: 'x' }, kind: 'tet' })
				.success
		).toBe(false);
		expect(
			dayOffRowSchema.safeParse({ date: '2026-02-14', name: { vi: 'x', en: 'x' }, kind: 'bridge' })
				.success
		).toBe(false);
	});
});
