import { describe, expect, it } from 'vitest';
import { checkText, lacksDiacritics, normalizePersonName, validatePersonName } from './text-rules';

const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe('checkText', () => {
	it('counts characters as people see them', () => {
		const decomposed = 'Nguyễn'.normalize('NFD');
		expect(codes(checkText(decomposed, { maxLength: 6 }))).toEqual([]);
	});

	it('checks length and pattern', () => {
		expect(checkText('ab', { minLength: 3 })).toEqual([
			{ code: 'text_too_short', severity: 'error', params: { min: 3 } }
		]);
		expect(codes(checkText('abcd', { maxLength: 3 }))).toEqual(['text_too_long']);
		expect(codes(checkText('12A', { pattern: '\\d+' }))).toEqual(['text_pattern_mismatch']);
		expect(codes(checkText('123', { pattern: '\\d+' }))).toEqual([]);
	});
});

describe('person names', () => {
	it.each(['Nguyễn Văn An', 'Trần Thị Mỹ Dung', "H'Hen Niê", 'Y Moan Ênuôl'])(
		'accepts %s',
		(name) => {
			expect(validatePersonName(name)).toEqual([]);
		}
	);

	it.each(['Nguyễn Văn 2', 'An@', '-An', ''])('rejects %j', (name) => {
		expect(codes(validatePersonName(name))).toEqual(['name_invalid_characters']);
	});

	it.each(['Nguyen Van An', 'tran thi mai', 'LE VAN TAM', 'Pham Minh Chinh', 'Ho Thi Hoa'])(
		'warns, never blocks, when %j is typed without diacritics',
		(name) => {
			expect(validatePersonName(name)).toEqual([
				{ code: 'name_without_diacritics', severity: 'warning' }
			]);
			expect(lacksDiacritics(name)).toBe(true);
		}
	);

	it.each([
		// Names legitimately without diacritics: ethnic minority, foreign, and Vietnamese ones.
		'Y Moan Ksor',
		'Ksor H’Ben',
		'Kpa Y Lan',
		'John Smith',
		'Maria Garcia',
		'Mai Lan Anh',
		// Any mark at all: typed with a Vietnamese keyboard, even if one is missing.
		'Nguyễn Van An',
		"H'Hen Niê"
	])('lets %j pass without a warning', (name) => {
		expect(validatePersonName(name)).toEqual([]);
	});

	it('collapses spaces', () => {
		expect(normalizePersonName('  Lê   Thị  Hoa ')).toBe('Lê Thị Hoa');
	});
});
