import { describe, expect, it } from 'vitest';
import type { Answers } from './answers';
import { applicantPhone } from './applicant-phone';
import { birthRegistration } from '$testing/procedures/catalogue';
import { marriageRegistration } from '$testing/procedures/catalogue';
import { samplePhone } from '$testing/procedures/sample-data';
import { procedures } from '$testing/procedures/catalogue';

const sample = (answers: Answers): Answers => structuredClone(answers);

describe('applicantPhone', () => {
	it('finds the contact number in every procedure’s sample case', () => {
		for (const definition of procedures) {
			expect(applicantPhone(definition, definition.sampleCase), definition.id).toBe(samplePhone);
		}
	});

	it('gives digits only, in the 0… form', () => {
		const answers = sample(birthRegistration.sampleCase!);
		answers.requester = { ...answers.requester, phone: '+84 912.345-678' };
		expect(applicantPhone(birthRegistration, answers)).toBe('0912345678');
	});

	it('takes the applicant before a post recipient, and the recipient when the first is empty', () => {
		const answers = sample(birthRegistration.sampleCase!);
		answers.delivery = { ...answers.delivery, method: 'post' };
		answers.postAddress = { recipientName: 'Trần Văn Minh', recipientPhone: '0987654321' };
		expect(applicantPhone(birthRegistration, answers)).toBe(samplePhone);
		answers.requester = { ...answers.requester, phone: '   ' };
		expect(applicantPhone(birthRegistration, answers)).toBe('0987654321');
	});

	it('ignores phones in hidden steps, and answers that are not text', () => {
		const answers = sample(birthRegistration.sampleCase!);
		answers.requester = { ...answers.requester, phone: null };
		// The post step is hidden unless delivery by post was chosen.
		answers.postAddress = { recipientPhone: '0987654321' };
		expect(applicantPhone(birthRegistration, answers)).toBeUndefined();
		expect(applicantPhone(marriageRegistration, {})).toBeUndefined();
		expect(applicantPhone(marriageRegistration, 'nonsense')).toBeUndefined();
	});
});
