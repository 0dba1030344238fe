import { describe, expect, it } from 'vitest';
import { extensionRefusal, verificationAllowance } from './verification-extension';

describe('verification extension', () => {
	it('allows the longer limit less the ordinary one, or a same-day procedure’s extra days', () => {
		expect(verificationAllowance({ kind: 'working_days', days: 3, daysIfVerification: 5 })).toBe(2);
		expect(verificationAllowance({ kind: 'working_days', days: 3 })).toBe(0);
		expect(
			verificationAllowance({ kind: 'same_day', cutoffHour: 15, extraDaysIfVerification: 5 })
		).toBe(5);
		expect(verificationAllowance({ kind: 'same_day', cutoffHour: 15 })).toBe(0);
		expect(verificationAllowance(undefined)).toBe(0);
	});

	it('refuses beyond the allowance, after an apology, and where none is allowed', () => {
		const ok = { allowance: 5, alreadyExtended: 0, workingDays: 5, apologised: false };
		expect(extensionRefusal(ok)).toBeUndefined();
		expect(extensionRefusal({ ...ok, workingDays: 6 })).toBe('beyond_allowance');
		expect(extensionRefusal({ ...ok, alreadyExtended: 3, workingDays: 3 })).toBe(
			'beyond_allowance'
		);
		expect(extensionRefusal({ ...ok, alreadyExtended: 3, workingDays: 2 })).toBeUndefined();
		expect(extensionRefusal({ ...ok, workingDays: 0 })).toBe('beyond_allowance');
		expect(extensionRefusal({ ...ok, apologised: true })).toBe('after_apology');
		expect(extensionRefusal({ ...ok, allowance: 0, workingDays: 1 })).toBe('not_allowed');
	});
});
