import { describe, expect, it } from 'vitest';
import { birthRegistration } from '$testing/procedures/catalogue';
import { certifiedCopy } from '$testing/procedures/catalogue';
import { deathRegistration } from '$testing/procedures/catalogue';
import { marriageRegistration } from '$testing/procedures/catalogue';
import type { Answers } from './answers';
import type { UnitLookup } from './field-context';
import {
	validateApplication,
	validateStep,
	visibleSteps,
	type FieldIssue
} from './validate-application';

const today = '2026-11-22';
const sample = (): Answers => structuredClone(birthRegistration.sampleCase ?? {});
const brief = (issues: FieldIssue[]) =>
	issues.map((i) => `${i.stepId}.${i.fieldId}${i.path ? `.${i.path}` : ''}:${i.issue.code}`);

describe('validateApplication', () => {
	it('returns clean answers for a valid application', () => {
		const answers = sample();
		answers.child = { ...answers.child, dateOfBirth: '28/10/2026', fullName: '  Trần Minh Khôi ' };
		answers.requester = { ...answers.requester, phone: '+84 912 345 678' };
		const result = validateApplication(birthRegistration, answers, { today });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.application.procedureId).toBe('dang-ky-khai-sinh');
		expect(result.application.answers.child?.dateOfBirth).toBe('2026-10-28');
		expect(result.application.answers.child?.fullName).toBe('Trần Minh Khôi');
		expect(result.application.answers.requester?.phone).toBe('0912345678');
		expect(result.application.answers.parents?.mother).toMatchObject({ sex: 'female' });
	});

	it('reports required fields, by step, field and part', () => {
		const result = validateApplication(birthRegistration, {}, { today });
		expect(result.ok).toBe(false);
		const codes = brief(result.issues);
		// An empty block: one issue per box, at the box (issue 19).
		expect(codes).toContain('requester.person.fullName:required_enter');
		expect(codes).toContain('requester.person.relation:required_choose');
		expect(codes).not.toContain('requester.person:required_enter');
		expect(codes).toContain('child.fullName:required_enter');
		expect(codes).toContain('documents.hasBirthCertificate:required_answer');
		expect(codes).toContain('delivery.commitment:confirmation_required');
		expect(codes.some((code) => code.startsWith('postAddress.'))).toBe(false);
	});

	it('finds an ID number that disagrees with the date of birth', () => {
		const answers = sample();
		answers.father = {
			...answers.father,
			father: { fullName: 'Trần Văn Minh', dateOfBirth: '1993-07-02', personalId: '001092006789' }
		};
		const result = validateApplication(birthRegistration, answers, { today });
		expect(result.ok).toBe(false);
		expect(result.issues).toEqual([
			{
				stepId: 'father',
				fieldId: 'father',
				path: 'personalId',
				issue: {
					code: 'personal_id_birth_year_mismatch',
					severity: 'error',
					params: { idYear: 1992, year: 1993 }
				}
			}
		]);
	});

	it('finds an ID number that disagrees with the fixed sex of a parent', () => {
		const answers = sample();
		answers.parents = {
			...answers.parents,
			mother: { fullName: 'Nguyễn Thị Lan', dateOfBirth: '1995-03-14', personalId: '001095004321' }
		};
		expect(brief(validateApplication(birthRegistration, answers, { today }).issues)).toEqual([
			'parents.mother.personalId:personal_id_sex_mismatch'
		]);
	});

	it('returns warnings without failing, and with errors when it fails', () => {
		const late = sample();
		late.child = { ...late.child, dateOfBirth: '2026-08-01' };
		const ok = validateApplication(birthRegistration, late, { today });
		expect(ok.ok).toBe(true);
		expect(ok.issues).toEqual([
			{
				stepId: 'child',
				fieldId: 'dateOfBirth',
				issue: {
					code: 'birth_registration_late',
					severity: 'warning',
					params: { days: 113, limit: 60 }
				}
			}
		]);
		late.delivery = { method: 'desk' };
		const failed = validateApplication(birthRegistration, late, { today });
		expect(failed.ok).toBe(false);
		expect(brief(failed.issues)).toEqual([
			'child.dateOfBirth:birth_registration_late',
			'delivery.commitment:confirmation_required'
		]);
	});

	it('strips hidden steps, hidden fields and unknown keys', () => {
		const answers = sample();
		answers.postAddress = { recipientName: 'Ai đó', recipientPhone: 'not a phone' };
		answers.documents = { ...answers.documents, witnessStatement: 'stale' };
		answers.child = { ...answers.child, nickname: 'Bin' };
		answers.unknownStep = { x: 1 };
		const result = validateApplication(birthRegistration, answers, { today });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(Object.keys(result.application.answers)).toEqual([
			'requester',
			'contact',
			'child',
			'parents',
			'father',
			'documents',
			'delivery'
		]);
		expect(result.application.answers.documents).not.toHaveProperty('witnessStatement');
		expect(result.application.answers.child).not.toHaveProperty('nickname');
	});

	it('shows the witness statement instead of the birth certificate when there is none', () => {
		const answers = sample();
		answers.documents = {
			hasBirthCertificate: 'no',
			birthCertificate: answers.documents?.birthCertificate
		};
		const result = validateApplication(birthRegistration, answers, { today });
		expect(brief(result.issues)).toEqual(['documents.witnessStatement:document_required']);
	});

	it('asks for the father only when he is declared', () => {
		const answers = sample();
		answers.father = { ...answers.father, fatherKnown: 'no', father: { fullName: 'x1' } };
		const result = validateApplication(birthRegistration, answers, { today });
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.application.answers.father).not.toHaveProperty('father');
	});

	it('shows the post address step only for delivery by post, and validates it', () => {
		const answers = sample();
		answers.delivery = { method: 'post', commitment: true };
		expect(visibleSteps(birthRegistration, answers).map(({ step }) => step.id)).toContain(
			'postAddress'
		);
		expect(visibleSteps(birthRegistration, sample()).map(({ step }) => step.id)).not.toContain(
			'postAddress'
		);
		answers.postAddress = {
			recipientName: 'Nguyễn Thị Lan',
			recipientPhone: '0951234567',
			address: { provinceCode: '01' }
		};
		expect(brief(validateApplication(birthRegistration, answers, { today }).issues)).toEqual([
			'postAddress.recipientPhone:phone_unknown_prefix',
			'postAddress.address.communeCode:address_commune_missing',
			'postAddress.address.street:address_street_missing'
		]);
	});

	it('checks addresses against the unit list when it is loaded', () => {
		const units: UnitLookup = {
			hasProvince: (code) => ['01', '79'].includes(code),
			hasCommune: (province, commune) => province === '01' && commune === '00004'
		};
		const answers = sample();
		expect(validateApplication(birthRegistration, answers, { today, units }).ok).toBe(true);
		answers.contact = {
			...answers.contact,
			address: { provinceCode: '79', communeCode: '00004', street: 'Số 1' }
		};
		expect(brief(validateApplication(birthRegistration, answers, { today, units }).issues)).toEqual(
			['contact.address.communeCode:address_commune_unknown']
		);
		answers.contact = {
			...answers.contact,
			address: { provinceCode: '99', communeName: 'Xã Mới', street: 'Thôn 2' }
		};
		expect(brief(validateApplication(birthRegistration, answers, { today, units }).issues)).toEqual(
			['contact.address.provinceCode:address_province_unknown']
		);
	});

	it('checks attached files against the slot', () => {
		const answers = sample();
		const file = {
			attachmentId: 'a',
			fileName: 'x.heic',
			mimeType: 'image/heic',
			sizeBytes: 1_000
		};
		const big = {
			attachmentId: 'b',
			fileName: 'x.jpg',
			mimeType: 'image/jpeg',
			sizeBytes: 6 * 1024 * 1024
		};
		answers.documents = {
			hasBirthCertificate: 'yes',
			birthCertificate: [file, big, big, big, big]
		};
		expect(brief(validateApplication(birthRegistration, answers, { today }).issues)).toEqual([
			'documents.birthCertificate:document_too_many',
			'documents.birthCertificate.0:document_type_not_accepted',
			'documents.birthCertificate.1:document_too_large',
			'documents.birthCertificate.2:document_too_large',
			'documents.birthCertificate.3:document_too_large',
			'documents.birthCertificate.4:document_too_large'
		]);
	});

	it('rejects values of the wrong type without throwing', () => {
		const answers = sample();
		answers.child = { ...answers.child, fullName: 42, dateOfBirth: ['2026-10-28'] };
		answers.parents = { ...answers.parents, mother: 'Nguyễn Thị Lan' };
		expect(brief(validateApplication(birthRegistration, answers, { today }).issues)).toEqual([
			'child.fullName:value_invalid',
			'child.dateOfBirth:value_invalid',
			'parents.mother:value_invalid'
		]);
		expect(validateApplication(birthRegistration, 'nonsense', { today }).ok).toBe(false);
	});

	it('checks ages and date order across fields', () => {
		const marriage = structuredClone(marriageRegistration.sampleCase) as Answers;
		marriage.man = {
			...marriage.man,
			person: { fullName: 'Phạm Quốc Bảo', dateOfBirth: '2007-01-01', personalId: '001207054321' }
		};
		expect(brief(validateApplication(marriageRegistration, marriage, { today }).issues)).toEqual([
			'man.person.dateOfBirth:age_below_minimum'
		]);
		const death = structuredClone(deathRegistration.sampleCase) as Answers;
		death.deceased = { ...death.deceased, dateOfDeath: '1939-01-01' };
		expect(brief(validateApplication(deathRegistration, death, { today }).issues)).toEqual([
			'deceased.dateOfDeath:date_before_min'
		]);
	});
});

describe('validateStep', () => {
	it('runs the named rules whose field is in the step, so the wizard shows them there', () => {
		const death = structuredClone(deathRegistration.sampleCase) as Answers;
		death.deceased = { ...death.deceased, dateOfDeath: '1939-01-01' };
		const step = validateStep(deathRegistration, 'deceased', death, { today });
		expect(step.ok).toBe(false);
		expect(brief(step.issues)).toEqual(['deceased.dateOfDeath:date_before_min']);
		expect(validateStep(deathRegistration, 'requester', death, { today }).issues).toEqual([]);
	});

	it('validates one step with visibility from all answers', () => {
		const answers = sample();
		expect(validateStep(birthRegistration, 'child', answers, { today })).toEqual({
			ok: true,
			visible: true,
			issues: []
		});
		answers.child = { ...answers.child, dateOfBirth: '31/02/2026' };
		expect(validateStep(birthRegistration, 'child', answers, { today })).toMatchObject({
			ok: false,
			issues: [{ stepId: 'child', fieldId: 'dateOfBirth', issue: { code: 'date_impossible' } }]
		});
		expect(validateStep(birthRegistration, 'postAddress', answers, { today })).toEqual({
			ok: true,
			visible: false,
			issues: []
		});
	});

	it('refuses an unknown step', () => {
		expect(() => validateStep(birthRegistration, 'nope', {}, { today })).toThrow(RangeError);
	});

	it('does not let a document left in a hidden field satisfy a slot', () => {
		const answers = structuredClone(certifiedCopy.sampleCase) as Answers;
		answers.original = { ...answers.original, originalScan: [] };
		expect(brief(validateStep(certifiedCopy, 'original', answers, { today }).issues)).toEqual([
			'original.originalScan:document_required'
		]);
	});
});

describe('the text rule in answers (issue 14)', () => {
	const hostile = ['Bệnh viện\u0000', 'Bệnh viện\ud800', '\udc00x', 'Bệnh\u0085viện', 'a\u202Eb'];

	it.each(hostile)('refuses %j at the field, in any kind and block part', (bad) => {
		const answers = sample();
		answers.child = { ...answers.child, placeOfBirth: bad };
		answers.requester = { ...answers.requester, phone: `0912345678${bad}` };
		answers.contact = {
			...answers.contact,
			address: { ...(answers.contact?.address as object), street: bad }
		};
		answers.parents = {
			...answers.parents,
			mother: { ...(answers.parents?.mother as object), fullName: bad }
		};
		const result = validateApplication(birthRegistration, answers, { today });
		expect(result.ok).toBe(false);
		expect(brief(result.issues)).toEqual([
			'requester.phone:text_invalid_characters',
			'contact.address.street:text_invalid_characters',
			'child.placeOfBirth:text_invalid_characters',
			'parents.mother.fullName:text_invalid_characters'
		]);
	});

	it('refuses tab and newline in a one-line text field', () => {
		const answers = sample();
		answers.child = { ...answers.child, placeOfBirth: 'Bệnh viện\tPhụ sản' };
		const result = validateStep(birthRegistration, 'child', answers, { today });
		expect(brief(result.issues)).toEqual(['child.placeOfBirth:text_invalid_characters']);
	});

	it('stores what it cleaned: zero-width characters gone, NBSP a space, NFC', () => {
		const answers = sample();
		answers.child = {
			...answers.child,
			placeOfBirth: 'Bệnh\u200B viện\u00A0Phụ sản',
			fullName: 'Tra\u0302\u0300n Minh Kho\u0302i'
		};
		answers.requester = { ...answers.requester, phone: '\u200B0912345678\uFEFF' };
		answers.contact = {
			...answers.contact,
			address: { ...(answers.contact?.address as object), street: 'Số 12\u200D ngõ 45' }
		};
		const result = validateApplication(birthRegistration, answers, { today });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.application.answers.child?.placeOfBirth).toBe('Bệnh viện Phụ sản');
		expect(result.application.answers.child?.fullName).toBe('Trần Minh Khôi');
		expect(result.application.answers.requester?.phone).toBe('0912345678');
		expect(result.application.answers.contact?.address).toMatchObject({ street: 'Số 12 ngõ 45' });
	});

	it('counts a value of invisible characters only as empty', () => {
		const answers = sample();
		answers.child = { ...answers.child, placeOfBirth: '\u200B\uFEFF' };
		const result = validateStep(birthRegistration, 'child', answers, { today });
		expect(brief(result.issues)).toEqual(['child.placeOfBirth:required_enter']);
	});
});
