import { describe, expect, it } from 'vitest';
import {
	checkTemplate,
	defaultTemplates,
	eventRules,
	placeholdersIn,
	renderTemplate,
	smsLength,
	templateChannels,
	templateEvents,
	type TemplateFacts
} from './templates';

// Long but real: a full agency code, and a ward's own public address.
const facts: TemplateFacts = {
	maHoSo: '000.00.00.H01-261206-000123',
	thuTuc: 'Đăng ký khai sinh',
	hanTra: '12/12/2026',
	lienKetTraCuu: 'https://motcua.badinh.gov.vn/tra-cuu?ma=000.00.00.H01-261206-000123',
	lyDo: 'thieu ban sao giay chung sinh',
	giayToCanBo: 'ban sao giay chung sinh',
	cachNhan: 'Nhận tại Bộ phận Một cửa.',
	coQuan: 'UBND phường Ba Đình'
};

describe('the shipped templates', () => {
	it('pass their own check, for every event and channel', () => {
		for (const event of templateEvents) {
			for (const channel of templateChannels) {
				expect(
					checkTemplate(event, channel, defaultTemplates[event][channel]),
					`${event}/${channel}`
				).toEqual([]);
			}
		}
	});

	it('give each SMS in one GSM-7 part for a typical dossier', () => {
		for (const event of templateEvents) {
			const { body } = renderTemplate(defaultTemplates[event].sms, facts);
			const length = smsLength(body);
			expect(length.encoding, event).toBe('gsm7');
			// The reason and the papers are the officer's words; the rest fits in 160.
			if (event !== 'refused' && event !== 'supplement_requested') {
				expect(length.units, `${event}: ${body}`).toBeLessThanOrEqual(160);
			}
		}
	});

	it('name no person: no placeholder for a name exists', () => {
		const all = Object.values(eventRules).flatMap((rule) => rule.allowed);
		expect(all.some((name) => /ten|name|hoTen/i.test(name))).toBe(false);
	});
});

describe('checkTemplate', () => {
	it('refuses an unknown placeholder, naming it and its field', () => {
		const problems = checkTemplate('received', 'email', {
			subject: 'Hồ sơ {maHoSo} của {hoTen}',
			body: 'Mã {maHoSo}, xem {lienKetTraCuu}'
		});
		expect(problems).toEqual([{ field: 'subject', kind: 'unknown_placeholder', name: 'hoTen' }]);
	});

	it('refuses a placeholder another event has but this one does not', () => {
		const problems = checkTemplate('received', 'sms', {
			body: 'Ho so {maHoSo} bi tu choi: {lyDo} {lienKetTraCuu}'
		});
		expect(problems).toEqual([{ field: 'body', kind: 'unknown_placeholder', name: 'lyDo' }]);
	});

	it('refuses a text without the look-up link or the code', () => {
		expect(checkTemplate('received', 'sms', { body: 'Ho so {maHoSo} da nhan' })).toEqual([
			{ field: 'body', kind: 'missing_placeholder', name: 'lienKetTraCuu' }
		]);
		expect(checkTemplate('refused', 'sms', { body: 'Xem {lienKetTraCuu}: {lyDo}' })).toEqual([
			{ field: 'body', kind: 'missing_placeholder', name: 'maHoSo' }
		]);
	});

	it('lets a push leave the link out (tapping opens the look-up)', () => {
		expect(
			checkTemplate('late', 'push', { subject: 'Trễ hẹn {maHoSo}', body: 'Xin lỗi.' })
		).toEqual([]);
	});

	it('asks for an email subject, and refuses stray braces and texts too long', () => {
		const problems = checkTemplate('received', 'email', {
			subject: ' ',
			body: `{maHoSo} {lienKetTraCuu} {oops ${'x'.repeat(4000)}`
		});
		expect(problems).toEqual([
			{ field: 'subject', kind: 'empty' },
			{ field: 'body', kind: 'too_long', max: 4000 },
			{ field: 'body', kind: 'unbalanced_brace' }
		]);
	});
});

describe('renderTemplate', () => {
	it('puts the facts in place of the placeholders', () => {
		expect(renderTemplate(defaultTemplates.received.email, facts).subject).toBe(
			'Hồ sơ 000.00.00.H01-261206-000123 đã được tiếp nhận'
		);
		expect(renderTemplate({ body: '{maHoSo} hẹn {hanTra}' }, facts)).toEqual({
			body: '000.00.00.H01-261206-000123 hẹn 12/12/2026'
		});
	});

	it('leaves nothing of a fact not given, nor of an unknown name', () => {
		expect(renderTemplate({ body: 'A{lyDo}B{khac}C' }, {}).body).toBe('ABC');
	});

	it('lists the placeholders of a text once each', () => {
		expect(placeholdersIn('{a} {b} {a}')).toEqual(['a', 'b']);
	});
});

describe('smsLength', () => {
	it('counts GSM-7, extensions twice, and falls to UCS-2 on a Vietnamese letter', () => {
		expect(smsLength('Ho so [1]')).toEqual({ encoding: 'gsm7', units: 11 });
		expect(smsLength('Hồ sơ')).toEqual({ encoding: 'ucs2', units: 5 });
	});
});
