import { describe, expect, it } from 'vitest';
import { lookupLink, messageFacts, smsFacts, vietnameseDate } from './message-facts';
import { defaultTemplates, renderTemplate, smsLength } from './templates';

describe('messageFacts', () => {
	it('gives the placeholders their values, the link leading to the look-up with the code', () => {
		const facts = messageFacts({
			code: '000.00.00.H01-261206-000123',
			procedureName: 'Đăng ký khai sinh',
			dueDate: '2026-12-12',
			publicUrl: 'https://motcua.badinh.gov.vn/',
			officeName: 'UBND phường Ba Đình',
			papers: ['Giấy chứng sinh', 'Văn bản làm chứng']
		});
		expect(facts).toEqual({
			maHoSo: '000.00.00.H01-261206-000123',
			thuTuc: 'Đăng ký khai sinh',
			hanTra: '12/12/2026',
			lienKetTraCuu: 'https://motcua.badinh.gov.vn/tra-cuu?ma=000.00.00.H01-261206-000123',
			coQuan: 'UBND phường Ba Đình',
			giayToCanBo: 'Giấy chứng sinh, Văn bản làm chứng'
		});
		expect(renderTemplate(defaultTemplates.received.sms, facts).body).toBe(
			'Ho so 000.00.00.H01-261206-000123 da duoc tiep nhan, hen tra 12/12/2026. Tra cuu: https://motcua.badinh.gov.vn/tra-cuu?ma=000.00.00.H01-261206-000123'
		);
	});

	it('writes dates the Vietnamese way and links without a doubled slash', () => {
		expect(vietnameseDate('2027-01-05')).toBe('05/01/2027');
		expect(lookupLink('http://127.0.0.1:3000', 'A-1')).toBe('http://127.0.0.1:3000/tra-cuu?ma=A-1');
	});
});

describe('smsFacts', () => {
	it('keeps an officer’s Vietnamese words from turning an SMS into UCS-2', () => {
		const facts = messageFacts({
			code: 'CL.01-261206-000001',
			procedureName: 'Đăng ký khai sinh',
			publicUrl: 'https://x.vn',
			officeName: 'UBND phường',
			papers: ['Giấy chứng sinh', 'Đơn đề nghị']
		});
		const body = renderTemplate(defaultTemplates.supplement_requested.sms, smsFacts(facts)).body;
		expect(body).toContain('can bo sung: Giay chung sinh, Don de nghi.');
		expect(smsLength(body).encoding).toBe('gsm7');
		expect(smsFacts(facts).lienKetTraCuu).toBe(facts.lienKetTraCuu);
	});
});
