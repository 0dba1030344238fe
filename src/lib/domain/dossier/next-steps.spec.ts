import { describe, expect, it } from 'vitest';
import type { Answers } from '../procedures/answers';
import { birthRegistration } from '$testing/procedures/catalogue';
import { samplePhone } from '$testing/procedures/sample-data';
import { maskedPhone, nextSteps, resultDelivery } from './next-steps';

const sample = (): Answers => structuredClone(birthRegistration.sampleCase!);

describe('nextSteps', () => {
	it('gives the chosen delivery and the last four digits of the applicant’s phone', () => {
		const answers = sample();
		answers.delivery = { ...answers.delivery, method: 'online' };
		expect(nextSteps(birthRegistration, answers)).toEqual({
			delivery: 'online',
			phoneLast4: samplePhone.slice(-4)
		});
	});

	it('says the desk when nothing valid was chosen and the procedure offers more than one way', () => {
		const answers = sample();
		answers.delivery = { method: 'pigeon' };
		expect(birthRegistration.delivery.length).toBeGreaterThan(1);
		expect(resultDelivery(birthRegistration, answers)).toBe('desk');
	});

	it('takes the only method a procedure offers when it does not ask', () => {
		const only = { ...birthRegistration, delivery: ['online' as const] };
		expect(resultDelivery(only, {})).toBe('online');
	});

	it('leaves the digits out when there is no phone', () => {
		const answers = sample();
		answers.requester = { ...answers.requester, phone: '' };
		answers.postAddress = {};
		expect(nextSteps(birthRegistration, answers).phoneLast4).toBeUndefined();
	});

	it('masks all but the four digits', () => {
		expect(maskedPhone('1234')).toBe('••• ••• 1234');
	});
});
