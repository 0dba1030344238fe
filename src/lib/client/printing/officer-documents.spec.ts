import { describe, expect, it } from 'vitest';
import { birthRegistration } from '$testing/procedures/catalogue';
import { applicantName } from '$lib/domain/procedures/applicant-name';
import { apologyLetterFor, documentFields, guidanceSlipFor } from './officer-documents';

const office = { name: 'ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH', parent: 'THÀNH PHỐ HÀ NỘI' };
const answers = birthRegistration.sampleCase!;

describe('officer documents', () => {
	it('offers each document field of the procedure with its paper', () => {
		const fields = documentFields(birthRegistration).map((f) => [f.field.id, f.slot.id]);
		expect(fields).toEqual([
			['birthCertificate', 'birthCertificate'],
			['witnessStatement', 'witnessStatement']
		]);
	});

	it('the guidance slip marks the requested papers missing and adds the free-text request', () => {
		const slip = guidanceSlipFor({
			office,
			definition: birthRegistration,
			answers,
			request: {
				at: new Date('2026-12-02T03:00:00Z'),
				reasons: [
					{ fieldId: 'birthCertificate', label: 'Giấy chứng sinh' },
					{ label: 'Bản sao sổ hộ khẩu cũ' }
				],
				otherReason: 'Ảnh chụp bị mờ.',
				fulfilledAt: null,
				withdrawn: false
			},
			guidedBy: 'Cán bộ một cửa (mẫu)'
		});
		expect(slip.applicantName).toBe(applicantName(answers, birthRegistration));
		expect(slip.documents).toEqual([
			{ name: 'Giấy chứng sinh', present: false },
			expect.objectContaining({ present: true }),
			{ name: 'Bản sao sổ hộ khẩu cũ', present: false }
		]);
		expect(slip.nextStep).toMatch(/^Ảnh chụp bị mờ\. /);
		expect(slip.guidedBy).toBe('Cán bộ một cửa (mẫu)');
	});

	it('the apology letter carries the old and new dates, the reason and the citizen', () => {
		const letter = apologyLetterFor({
			office,
			definition: birthRegistration,
			dossier: {
				code: 'CL.01.00004-261102-000001',
				receivedAt: new Date('2026-11-02T02:00:00Z'),
				answers
			},
			apology: {
				at: new Date('2026-12-02T03:00:00Z'),
				reason: 'Cần xác minh với bệnh viện.',
				oldDate: '2026-11-20',
				newDate: '2026-12-09',
				officerName: 'Cán bộ một cửa (mẫu)'
			}
		});
		expect(letter).toMatchObject({
			kind: 'apology',
			dossierCode: 'CL.01.00004-261102-000001',
			procedure: 'Đăng ký khai sinh',
			originalDueDate: '2026-11-20',
			newDueDate: '2026-12-09',
			reason: 'Cần xác minh với bệnh viện.',
			citizenName: applicantName(answers, birthRegistration),
			// No head of office named yet: the title, the name left to write in.
			signatory: { name: '', title: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] }
		});
	});

	it('the apology letter is signed by the head of office the administrator named', () => {
		const letter = apologyLetterFor({
			office: { ...office, head: { name: 'Trần Văn Đức', title: 'KT. CHỦ TỊCH\n PHÓ CHỦ TỊCH ' } },
			definition: birthRegistration,
			dossier: { code: 'CL.01.00004-261102-000001', receivedAt: new Date(), answers },
			apology: {
				at: new Date('2026-12-02T03:00:00Z'),
				reason: 'Cần xác minh với bệnh viện.',
				oldDate: '2026-11-20',
				newDate: '2026-12-09',
				officerName: 'Cán bộ một cửa (mẫu)'
			}
		});
		expect(letter.signatory).toEqual({
			name: 'Trần Văn Đức',
			title: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']
		});
	});
});
