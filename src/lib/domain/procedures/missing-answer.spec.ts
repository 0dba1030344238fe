import { describe, expect, it } from 'vitest';
import { birthRegistration } from '$testing/procedures/catalogue';
import { formatIssue } from '../validation/messages';
import { validateStep, type FieldIssue } from './validate-application';

const today = '2026-11-22';
const said = (issues: FieldIssue[], locale: 'vi' | 'en' = 'vi') =>
	issues.map((i) => [`${i.fieldId}${i.path ? `.${i.path}` : ''}`, formatIssue(i.issue, locale)]);

/** Issue 19: an empty submit gives one message per empty box, each naming it. */
describe('messages for empty required answers', () => {
	it('name each box of an empty person block, at the box, never once on the group', () => {
		const { issues } = validateStep(birthRegistration, 'requester', {}, { today });
		expect(said(issues)).toEqual([
			['person.fullName', 'Nhập họ, chữ đệm và tên của người yêu cầu.'],
			['person.dateOfBirth', 'Nhập ngày, tháng, năm sinh của người yêu cầu.'],
			['person.personalId', 'Nhập số định danh cá nhân của người yêu cầu.'],
			['person.sex', 'Chọn giới tính của người yêu cầu.'],
			['person.relation', 'Chọn quan hệ của người yêu cầu.'],
			['phone', 'Nhập số điện thoại di động.']
		]);
		expect(said(issues, 'en')[0]).toEqual([
			'person.fullName',
			'Enter full name (Person making the request).'
		]);
	});

	it('name a text field by its label, and ask a question field for an answer', () => {
		const { issues } = validateStep(birthRegistration, 'child', {}, { today });
		const messages = Object.fromEntries(said(issues));
		expect(messages.fullName).toBe('Nhập họ, chữ đệm và tên của trẻ.');
		expect(messages.sex).toBe('Chọn giới tính.');
		const father = validateStep(birthRegistration, 'father', {}, { today });
		expect(said(father.issues)).toEqual([
			['fatherKnown', 'Chọn một câu trả lời cho câu hỏi «Có khai thông tin người cha không?».']
		]);
	});

	it('ask an empty address for its province and street, the commune once a province is chosen', () => {
		const empty = validateStep(birthRegistration, 'contact', {}, { today });
		expect(said(empty.issues).map(([where]) => where)).toEqual([
			'address.provinceCode',
			'address.street'
		]);
		const province = validateStep(
			birthRegistration,
			'contact',
			{ contact: { address: { provinceCode: '01' } } },
			{ today }
		);
		expect(said(province.issues).map(([where]) => where)).toEqual([
			'address.communeCode',
			'address.street'
		]);
	});

	it('says each message once: no two issues on one step read the same', () => {
		for (const step of birthRegistration.steps) {
			const { issues } = validateStep(birthRegistration, step.id, {}, { today });
			const texts = said(issues).map(([, text]) => text);
			expect(new Set(texts).size, step.id).toBe(texts.length);
		}
	});
});
