import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Locale = 'vi' | 'en';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const locales: readonly Locale[] = ['vi', 'en'];
export const messages: Record<Locale, Record<MessageKey, string>> = { vi, en };

/** Pure lookup, usable in the browser, the server and receipts; `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const template = messages[locale][key] ?? vi[key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function isLocale(value: unknown): value is Locale {
	return value === 'vi' || value === 'en';
}
