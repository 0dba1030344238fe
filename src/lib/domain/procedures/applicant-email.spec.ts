import { describe, expect, it } from 'vitest';
import { applicantEmail } from './applicant-email';
import { birthRegistration, marriageRegistration } from '$testing/procedures/catalogue';

describe('applicantEmail', () => {
	it('finds the requester’s email, trimmed, and none when it was left empty', () => {
		const answers = structuredClone(birthRegistration.sampleCase!);
		expect(applicantEmail(birthRegistration, answers)).toBeUndefined();
		answers.requester = { ...answers.requester, email: '  lan.nguyen@example.vn ' };
		expect(applicantEmail(birthRegistration, answers)).toBe('lan.nguyen@example.vn');
		answers.requester = { ...answers.requester, email: '   ' };
		expect(applicantEmail(birthRegistration, answers)).toBeUndefined();
	});

	it('reads nothing from answers that are not an application', () => {
		expect(applicantEmail(marriageRegistration, {})).toBeUndefined();
		expect(applicantEmail(marriageRegistration, 'nonsense')).toBeUndefined();
	});
});
