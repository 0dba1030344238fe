import type { NotificationChannel } from '../db/schema';

/** The eSMS.vn brandname API (customer-care messages), the first SMS adapter. */
export const esmsDefaultUrl =
	'https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_post_json/';

export type EmailSettings = { smtpUrl: string; from: string };
export type SmsSettings = {
	provider: 'esms';
	apiUrl: string;
	apiKey: string;
	secretKey: string;
	brandname: string;
	/** eSMS's sandbox: the request is checked and not sent nor charged (SMS_SANDBOX=1). */
	sandbox: boolean;
};
export type PushSettings = { publicKey: string; privateKey: string; subject: string };

/** Each channel whose transport is fully configured; the others stay off. */
export type NotificationSettings = {
	email?: EmailSettings;
	sms?: SmsSettings;
	push?: PushSettings;
	/** What is set half-way (SMTP_URL without MAIL_FROM…): said at start-up, the channel off. */
	problems: string[];
};

type Env = Record<string, string | undefined>;

const value = (env: Env, name: string) => env[name]?.trim() || undefined;

function emailFrom(env: Env, problems: string[]): EmailSettings | undefined {
	const smtpUrl = value(env, 'SMTP_URL');
	const from = value(env, 'MAIL_FROM');
	if (!smtpUrl && !from) return undefined;
	if (!smtpUrl || !from) {
		problems.push(smtpUrl ? 'MAIL_FROM' : 'SMTP_URL');
		return undefined;
	}
	if (!/^smtps?:\/\//.test(smtpUrl)) {
		problems.push('SMTP_URL (smtp:// hoặc smtps://)');
		return undefined;
	}
	return { smtpUrl, from };
}

function smsFrom(env: Env, problems: string[]): SmsSettings | undefined {
	const provider = value(env, 'SMS_PROVIDER');
	if (!provider) return undefined;
	if (provider !== 'esms') {
		problems.push(`SMS_PROVIDER=${provider} (chỉ hỗ trợ: esms)`);
		return undefined;
	}
	const apiKey = value(env, 'SMS_API_KEY');
	const secretKey = value(env, 'SMS_SECRET_KEY');
	const brandname = value(env, 'SMS_BRANDNAME');
	const missing = [
		!apiKey && 'SMS_API_KEY',
		!secretKey && 'SMS_SECRET_KEY',
		!brandname && 'SMS_BRANDNAME'
	].filter((name): name is string => typeof name === 'string');
	if (missing.length > 0) {
		problems.push(...missing);
		return undefined;
	}
	return {
		provider,
		apiUrl: value(env, 'SMS_API_URL') ?? esmsDefaultUrl,
		apiKey: apiKey!,
		secretKey: secretKey!,
		brandname: brandname!,
		sandbox: value(env, 'SMS_SANDBOX') === '1'
	};
}

function pushFrom(env: Env, problems: string[]): PushSettings | undefined {
	const publicKey = value(env, 'VAPID_PUBLIC_KEY');
	const privateKey = value(env, 'VAPID_PRIVATE_KEY');
	const subject = value(env, 'VAPID_SUBJECT');
	if (!publicKey && !privateKey && !subject) return undefined;
	if (!publicKey || !privateKey || !subject) {
		problems.push('VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT');
		return undefined;
	}
	return { publicKey, privateKey, subject };
}

/** The transports the environment configures (README, "Notifications"). */
export function notificationSettingsFromEnv(env: Env = process.env): NotificationSettings {
	const problems: string[] = [];
	const email = emailFrom(env, problems);
	const sms = smsFrom(env, problems);
	const push = pushFrom(env, problems);
	return { ...(email && { email }), ...(sms && { sms }), ...(push && { push }), problems };
}

/** The channels that can send: a message is queued only for these (none: nothing is queued). */
export function configuredChannels(settings: NotificationSettings): NotificationChannel[] {
	return (['email', 'sms', 'push'] as const).filter((channel) => settings[channel] !== undefined);
}

/** What `npm start` says about notifications: off, or on for which channels, and what is half set. */
export function notificationsNotice(settings: NotificationSettings): string {
	const channels = configuredChannels(settings);
	const lines =
		channels.length === 0
			? [
					'ℹ Thông báo cho người dân đang TẮT: chưa cấu hình SMTP_URL/MAIL_FROM, SMS_PROVIDER hay VAPID_*;',
					'  không thư, tin nhắn nào được xếp hàng gửi. Notifications are off: nothing is queued.'
				]
			: [
					`ℹ Thông báo cho người dân: bật cho ${channels.join(', ')}.`,
					`  Notifications are on for: ${channels.join(', ')}.`
				];
	if (settings.problems.length > 0) {
		lines.push(
			`⚠ Cấu hình thông báo chưa đủ, kênh đó tắt — thiếu hoặc sai: ${settings.problems.join('; ')}`,
			`  Incomplete notification settings, channel off: ${settings.problems.join('; ')}`
		);
	}
	return lines.join('\n');
}
