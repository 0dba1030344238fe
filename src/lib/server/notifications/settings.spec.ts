import { describe, expect, it } from 'vitest';
import {
	configuredChannels,
	esmsDefaultUrl,
	notificationSettingsFromEnv,
	notificationsNotice
} from './settings';

describe('notification settings from the environment', () => {
	it('none set: every channel off, and the start-up notice says so', () => {
		const settings = notificationSettingsFromEnv({});
		expect(configuredChannels(settings)).toEqual([]);
		expect(notificationsNotice(settings)).toContain('Thông báo cho người dân đang TẮT');
		expect(notificationsNotice(settings)).toContain('Notifications are off');
	});

	it('each channel on when all its variables are set; eSMS at its documented address by default', () => {
		const settings = notificationSettingsFromEnv({
			SMTP_URL: 'smtps://u:p@smtp.example.vn:465',
			MAIL_FROM: 'UBND phường <thongbao@example.vn>',
			SMS_PROVIDER: 'esms',
			SMS_API_KEY: 'k',
			SMS_SECRET_KEY: 's',
			SMS_BRANDNAME: 'UBND_BADINH',
			VAPID_PUBLIC_KEY: 'pub',
			VAPID_PRIVATE_KEY: 'priv',
			VAPID_SUBJECT: 'mailto:quantri@example.vn'
		});
		expect(configuredChannels(settings)).toEqual(['email', 'sms', 'push']);
		expect(settings.sms).toMatchObject({ apiUrl: esmsDefaultUrl, sandbox: false });
		expect(settings.problems).toEqual([]);
		expect(notificationsNotice(settings)).toContain('bật cho email, sms, push');
	});

	it('a channel half set stays off and the notice names what is missing', () => {
		const settings = notificationSettingsFromEnv({
			SMTP_URL: 'smtp://localhost:25',
			SMS_PROVIDER: 'twilio',
			VAPID_SUBJECT: 'mailto:a@b.vn'
		});
		expect(configuredChannels(settings)).toEqual([]);
		expect(settings.problems).toEqual([
			'MAIL_FROM',
			'SMS_PROVIDER=twilio (chỉ hỗ trợ: esms)',
			'VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT'
		]);
		expect(notificationsNotice(settings)).toContain('thiếu hoặc sai: MAIL_FROM;');
	});
});
