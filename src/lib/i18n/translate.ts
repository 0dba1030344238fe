import { vi, type MessageKey } from './vi';

export type Locale = 'vi' | 'en';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const locales: readonly Locale[] = ['vi', 'en'];

// Vietnamese is always there; English loads when chosen, keeping it off the first load.
const messages: Partial<Record<Locale, Record<MessageKey, string>>> = { vi };

export async function loadLocale(locale: Locale): Promise<void> {
	if (messages[locale]) return;
	if (locale === 'en') messages.en = (await import('./en')).en;
}

/** Pure lookup, usable in the browser, the server and receipts; `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const template = messages[locale]?.[key] ?? vi[key];
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function isLocale(value: unknown): value is Locale {
	return value === 'vi' || value === 'en';
}
