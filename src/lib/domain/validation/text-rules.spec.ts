import { describe, expect, it } from 'vitest';
import { checkText, normalizePersonName, validatePersonName } from './text-rules';

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

	it('collapses spaces', () => {
		expect(normalizePersonName('  Lê   Thị  Hoa ')).toBe('Lê Thị Hoa');
	});
});
