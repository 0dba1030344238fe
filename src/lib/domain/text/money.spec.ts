import { describe, expect, it } from 'vitest';
import { formatVnd } from './money';

describe('formatVnd', () => {
	it('groups thousands the Vietnamese way', () => {
		expect(formatVnd(8000, 'vi')).toBe('8.000 đồng');
		expect(formatVnd(200000, 'vi')).toBe('200.000 đồng');
		expect(formatVnd(3000, 'en')).toBe('3,000 VND');
	});
});
