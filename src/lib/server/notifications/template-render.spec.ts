import { describe, expect, it } from 'vitest';
import { smsFacts } from '$lib/domain/notifications/message-facts';
import { defaultTemplates, renderTemplate, smsLength } from '$lib/domain/notifications/templates';
import { placeholderValues } from './template-render';

describe('the worker’s placeholders', () => {
	const facts = {
		code: 'CL.01-261206-000001',
		procedure: 'Đăng ký khai sinh',
		office: 'UBND phường',
		dueDate: '12/12/2026',
		reason: 'Giấy chứng sinh, Đơn đề nghị',
		collect: '',
		lookupUrl: 'https://x.vn/tra-cuu?ma=CL.01-261206-000001'
	};

	it('keeps an officer’s Vietnamese words from turning an SMS into UCS-2', () => {
		const values = placeholderValues('supplement_requested', facts);
		const body = renderTemplate(defaultTemplates.supplement_requested.sms, smsFacts(values)).body;
		expect(body).toContain('can bo sung: Giay chung sinh, Don de nghi.');
		expect(smsLength(body).encoding).toBe('gsm7');
		expect(smsFacts(values).lienKetTraCuu).toBe(facts.lookupUrl);
	});

	it('gives the reason as the papers asked for, or as the reason', () => {
		expect(placeholderValues('supplement_requested', facts).giayToCanBo).toBe(facts.reason);
		expect(placeholderValues('refused', facts)).toMatchObject({
			lyDo: facts.reason,
			maHoSo: facts.code,
			hanTra: '12/12/2026'
		});
	});
});
