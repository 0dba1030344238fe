import { describe, expect, it } from 'vitest';
import { applicantEmail } from './applicant-email';
import { birthRegistration, marriageRegistration } from '$testing/procedures/catalogue';

describe('applicantEmail', () => {
	it('finds the requester’s email, trimmed, and none when it was left empty', () => {
		const answers = structuredClone(birthRegistration.sampleCase!);
		// The step that asks for it (the contact details, after the requester).
		const step = birthRegistration.steps.find((s) => s.fields.some((f) => f.kind === 'email'))!;
		const field = step.fields.find((f) => f.kind === 'email')!;
		expect(applicantEmail(birthRegistration, answers)).toBeUndefined();
		answers[step.id] = { ...answers[step.id], [field.id]: '  lan.nguyen@example.vn ' };
		expect(applicantEmail(birthRegistration, answers)).toBe('lan.nguyen@example.vn');
		answers[step.id] = { ...answers[step.id], [field.id]: '   ' };
		expect(applicantEmail(birthRegistration, answers)).toBeUndefined();
	});

	it('reads nothing from answers that are not an application', () => {
		expect(applicantEmail(marriageRegistration, {})).toBeUndefined();
		expect(applicantEmail(marriageRegistration, 'nonsense')).toBeUndefined();
	});
});
