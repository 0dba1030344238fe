import type { DeviceSettings } from './device-settings';

/** The device list's settings form as typed: '' leaves a setting to the level below. */
export type DeviceSettingsForm = {
	idleTimeoutSeconds: string;
	idleWarningSeconds: string;
	draftRetentionDays: string;
	paperSize: '' | 'A4' | 'A5';
	textSize: '' | 'normal' | 'large' | 'larger';
	language: '' | 'vi' | 'en';
	offerContinueAtHome: '' | 'yes' | 'no';
};

export const numberSettings = [
	'idleTimeoutSeconds',
	'idleWarningSeconds',
	'draftRetentionDays'
] as const;
export type NumberSetting = (typeof numberSettings)[number];

/** The bounds deviceSettingsSchema holds, for the form's messages. */
export const numberBounds: Record<NumberSetting, { min: number; max: number }> = {
	idleTimeoutSeconds: { min: 60, max: 3600 },
	idleWarningSeconds: { min: 10, max: 300 },
	draftRetentionDays: { min: 1, max: 365 }
};

export function formOfSettings(settings: DeviceSettings): DeviceSettingsForm {
	const text = (n: number | undefined) => (n === undefined ? '' : String(n));
	return {
		idleTimeoutSeconds: text(settings.idleTimeoutSeconds),
		idleWarningSeconds: text(settings.idleWarningSeconds),
		draftRetentionDays: text(settings.draftRetentionDays),
		paperSize: settings.paperSize ?? '',
		textSize: settings.textSize ?? '',
		language: settings.language ?? '',
		offerContinueAtHome:
			settings.offerContinueAtHome === undefined ? '' : settings.offerContinueAtHome ? 'yes' : 'no'
	};
}

/** The settings the form says, or the number fields that are out of bounds. */
export function settingsOfForm(
	form: DeviceSettingsForm
): { ok: true; settings: DeviceSettings } | { ok: false; wrong: NumberSetting[] } {
	const settings: DeviceSettings = {};
	const wrong: NumberSetting[] = [];
	for (const key of numberSettings) {
		const typed = form[key].trim();
		if (typed === '') continue;
		const n = Number(typed);
		const { min, max } = numberBounds[key];
		if (!/^\d+$/.test(typed) || n < min || n > max) wrong.push(key);
		else settings[key] = n;
	}
	if (wrong.length) return { ok: false, wrong };
	if (form.paperSize) settings.paperSize = form.paperSize;
	if (form.textSize) settings.textSize = form.textSize;
	if (form.language) settings.language = form.language;
	if (form.offerContinueAtHome) settings.offerContinueAtHome = form.offerContinueAtHome === 'yes';
	return { ok: true, settings };
}
