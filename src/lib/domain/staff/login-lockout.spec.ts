import { describe, expect, it } from 'vitest';
import {
	defaultAccountLockoutSettings as settings,
	delayAfterFailures,
	nextTryAt,
	reachesLock
} from './login-lockout';

const second = 1000;
const minute = 60 * second;

describe('login guessing per account', () => {
	it('lets typos pass, then doubles the wait per failure up to the cap', () => {
		expect([0, 1, 9].map((n) => delayAfterFailures(n, settings))).toEqual([0, 0, 0]);
		expect([10, 11, 12, 13].map((n) => delayAfterFailures(n, settings))).toEqual([
			30 * second,
			minute,
			2 * minute,
			4 * minute
		]);
		expect(delayAfterFailures(15, settings)).toBe(15 * minute);
		expect(delayAfterFailures(5000, settings)).toBe(15 * minute);
	});

	it('counts the wait from the last failure', () => {
		const last = new Date('2025-03-03T01:00:00Z');
		const record = { failedLogins: 11, lastFailedLoginAt: last, lockedAt: null };
		const at = (ms: number) => new Date(last.getTime() + ms);
		expect(nextTryAt(record, at(10 * second), settings)).toEqual(at(minute));
		expect(nextTryAt(record, at(minute), settings)).toBeNull();
		expect(nextTryAt({ ...record, failedLogins: 9 }, at(0), settings)).toBeNull();
		expect(nextTryAt({ ...record, lastFailedLoginAt: null }, at(0), settings)).toBeNull();
	});

	it('locks at 100 failures in a row (NIST SP 800-63B), not before', () => {
		expect(reachesLock(99, settings)).toBe(false);
		expect(reachesLock(100, settings)).toBe(true);
	});
});
