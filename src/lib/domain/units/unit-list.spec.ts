import { describe, expect, it } from 'vitest';
import { describeUnitListError, parseUnitListCsv, parseUnitListJson } from './unit-list';
import { provinces } from './provinces';

describe('unit lists', () => {
	it('bundles the 34 provinces with 2-digit codes, in NFC', () => {
		expect(provinces).toHaveLength(34);
		expect(new Set(provinces.map((p) => p.code)).size).toBe(34);
		for (const p of provinces) {
			expect(p.code).toMatch(/^\d{2}$/);
			expect(p.fullName).toBe(p.fullName.normalize('NFC'));
		}
		expect(provinces.find((p) => p.code === '75')).toMatchObject({
			name: 'Đồng Nai',
			kind: 'city'
		});
	});

	it('reads the JSON format with its effective date', () => {
		const json = JSON.stringify({
			effective: '2026-07-25 (after NQ …)',
			provinces: [
				{
					code: '01',
					name: 'Hà Nội',
					fullName: 'Thành phố Hà Nội',
					type: 'Thành phố',
					communes: [{ code: '00004', name: 'Ba Đình', fullName: 'Phường Ba Đình', type: 'Phường' }]
				}
			]
		});
		const result = parseUnitListJson(json);
		expect(result).toMatchObject({
			ok: true,
			list: {
				effectiveFrom: '2026-07-25',
				communes: [{ code: '00004', kind: 'ward', provinceCode: '01' }]
			}
		});
	});

	it('accepts Vietnamese CSV headers, a BOM, quotes and decomposed (NFD) text', () => {
		const csv = '\uFEFFMã,Tên,Mã tỉnh,Cấp\n00004,"Ba Đình",01,Phường\n'.normalize('NFD');
		const result = parseUnitListCsv(csv, '2026-07-25');
		expect(result.ok).toBe(true);
		if (result.ok)
			expect(result.list.communes[0]).toMatchObject({
				name: 'Ba Đình',
				fullName: 'Phường Ba Đình',
				kind: 'ward'
			});
	});

	it('explains what is wrong, in Vietnamese, row by row', () => {
		const missing = parseUnitListCsv('ten,ma\nA,1\n', '2026-01-01');
		expect(missing.ok).toBe(false);
		if (!missing.ok)
			expect(missing.errors.map(describeUnitListError).join(' ')).toContain('Thiếu cột');
		const bad = parseUnitListCsv(
			'code,name,province\n12,A,01\n00005,B,77\n00006,,01\n00006,C,01\n',
			'2026-01-01'
		);
		expect(bad.ok).toBe(false);
		if (!bad.ok) {
			expect(bad.errors.map((e) => e.code)).toEqual([
				'unknown_province',
				'missing_name',
				'duplicate_code'
			]);
			expect(describeUnitListError(bad.errors[0]!)).toBe('Dòng 2: Mã tỉnh "77" không hợp lệ.');
		}
		expect(parseUnitListJson('{oops')).toEqual({ ok: false, errors: [{ code: 'not_json' }] });
		expect(parseUnitListJson('{"provinces": 3}')).toEqual({
			ok: false,
			errors: [{ code: 'bad_format' }]
		});
	});

	it('cleans invisible characters from names and refuses control characters (issue 14)', () => {
		const csv = (name: string) => `code,name,province\n00004,${name},01\n`;
		const cleaned = parseUnitListCsv(csv('Phường\u00A0Ba\u200B Đình'), '2026-07-01');
		expect(cleaned.ok && cleaned.list.communes[0]).toMatchObject({ name: 'Ba Đình' });
		for (const bad of ['Ba\u0000Đình', 'Ba Đình\ud800', 'Ba\u202EĐình']) {
			const result = parseUnitListCsv(csv(bad), '2026-07-01');
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.errors).toEqual([{ row: 1, code: 'invalid_text' }]);
		}
		const json = JSON.stringify({
			provinces: [{ code: '01', name: 'Hà\u0000Nội', communes: [] }]
		});
		const result = parseUnitListJson(json, '2026-07-01');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(describeUnitListError(result.errors[0]!)).toContain('không hợp lệ');
	});
});
