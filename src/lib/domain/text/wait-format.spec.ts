import { describe, expect, it } from 'vitest';
import { formatWait } from './wait-format';

describe('formatWait', () => {
	it('says seconds under a minute and whole minutes, rounded up, from a minute on', () => {
		expect(formatWait(45, 'vi')).toBe('45 giây');
		expect(formatWait(0.2, 'vi')).toBe('1 giây');
		expect(formatWait(60, 'vi')).toBe('1 phút');
		expect(formatWait(121, 'vi')).toBe('3 phút');
		expect(formatWait(900, 'en')).toBe('15 minutes');
		expect(formatWait(1, 'en')).toBe('1 second');
	});
});
