import { describe, expect, it } from 'vitest';
import { maskedInitials } from './initials';

describe('maskedInitials', () => {
	it('keeps one capital letter per word', () => {
		expect(maskedInitials('Nguyễn Thị Lan')).toBe('N. T. L.');
		expect(maskedInitials('  đỗ   văn  an ')).toBe('Đ. V. A.');
		expect(maskedInitials('Nguyễn Thị Lan'.normalize('NFD'))).toBe('N. T. L.');
		expect(maskedInitials('')).toBe('');
	});
});
