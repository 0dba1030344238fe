import type { Locale } from '$lib/domain/text/locale';
import { vi, type MessageKey as CoreMessageKey } from './vi';
import type { ConsoleMessageKey } from './vi-console';

export type { Locale };
/** Every text's key: the core set, always loaded, and the staff console's, loaded with it. */
export type MessageKey = CoreMessageKey | ConsoleMessageKey;
export type MessageParams = Record<string, string | number>;

export const locales: readonly Locale[] = ['vi', 'en'];

type Dictionary = Partial<Record<MessageKey, string>>;

// Vietnamese is always there; English loads when chosen, keeping it off the first load. The
// officer console's and the dashboard's texts load with those pages (loadConsoleMessages).
const messages: Partial<Record<Locale, Dictionary>> = { vi };
const consoleMessages: Partial<Record<Locale, Dictionary>> = {};
let consoleWanted = false;

async function loadConsole(locale: Locale): Promise<void> {
	if (consoleMessages[locale]) return;
	consoleMessages[locale] =
		locale === 'vi'
			? (await import('./vi-console')).viConsole
			: (await import('./en-console')).enConsole;
}

export async function loadLocale(locale: Locale): Promise<void> {
	if (!messages[locale] && locale === 'en') messages.en = (await import('./en')).en;
	if (consoleWanted) await loadConsole(locale);
}

/**
 * The staff console's texts (officer pages, dashboard), in Vietnamese and in `locale`; pages
 * await it in their load function, so every text is there at the first render.
 */
export async function loadConsoleMessages(locale: Locale = 'vi'): Promise<void> {
	consoleWanted = true;
	await Promise.all([loadConsole('vi'), loadConsole(locale)]);
}

/** Pure lookup, usable in the browser, the server and receipts; `{name}` placeholders. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const template =
		messages[locale]?.[key] ??
		consoleMessages[locale]?.[key] ??
		messages.vi?.[key] ??
		consoleMessages.vi?.[key] ??
		// A console text asked for before its group loaded: the key shows, never a crash.
		key;
	if (!params) return template;
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function isLocale(value: unknown): value is Locale {
	return value === 'vi' || value === 'en';
}
