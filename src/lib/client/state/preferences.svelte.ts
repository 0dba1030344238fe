import type { LocalizedText } from '$lib/domain/validation/issue';
import {
	isLocale,
	loadLocale,
	translate,
	type Locale,
	type MessageKey,
	type MessageParams
} from '$lib/i18n/translate';

// Read by the inline script in app.html too, so the first paint already has the right size.
const storageKey = 'cunglam.prefs';

type StoredPreferences = { lang?: Locale; largeText?: boolean };

function load(): StoredPreferences {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
		return typeof parsed === 'object' && parsed !== null ? (parsed as StoredPreferences) : {};
	} catch {
		return {};
	}
}

/**
 * Display preferences of this browser: language and large text. They hold nothing personal,
 * so they may stay on a shared PC after a session ends.
 */
class Preferences {
	locale = $state<Locale>('vi');
	largeText = $state(false);

	constructor() {
		if (typeof localStorage === 'undefined') return;
		const stored = load();
		this.largeText = stored.largeText === true;
		this.apply();
		if (isLocale(stored.lang) && stored.lang !== 'vi') this.setLocale(stored.lang);
	}

	setLocale(locale: Locale): void {
		loadLocale(locale)
			.then(() => {
				this.locale = locale;
				this.save();
			})
			// Offline before English was ever loaded: stay in Vietnamese, which always works.
			.catch(() => {});
	}

	toggleLargeText(): void {
		this.largeText = !this.largeText;
		this.save();
	}

	private save(): void {
		try {
			localStorage.setItem(
				storageKey,
				JSON.stringify({ lang: this.locale, largeText: this.largeText })
			);
		} catch {
			// Storage refused (private mode, full): the choice still holds for this page.
		}
		this.apply();
	}

	private apply(): void {
		document.documentElement.lang = this.locale;
		document.documentElement.classList.toggle('large-text', this.largeText);
	}
}

export const preferences = new Preferences();

/** Translates in the current language; reactive wherever it is called from markup. */
export function t(key: MessageKey, params?: MessageParams): string {
	return translate(preferences.locale, key, params);
}

/** Picks the current language from a domain text ({ vi, en }). */
export function localized(text: LocalizedText): string {
	return text[preferences.locale];
}
