/**
 * Settings of this PC, set by the access point (not personal data): how long an idle session
 * lasts and how long drafts are kept. Stored beside the display preferences.
 */
export type DeviceSettings = { idleSeconds: number; draftRetentionDays: number };

const defaults: DeviceSettings = { idleSeconds: 300, draftRetentionDays: 30 };
const storageKey = 'cunglam.device';

export function readDeviceSettings(): DeviceSettings {
	try {
		const stored = JSON.parse(localStorage.getItem(storageKey) ?? '{}') as Partial<DeviceSettings>;
		const positive = (n: unknown, fallback: number) =>
			typeof n === 'number' && n > 0 ? n : fallback;
		return {
			idleSeconds: positive(stored.idleSeconds, defaults.idleSeconds),
			draftRetentionDays: positive(stored.draftRetentionDays, defaults.draftRetentionDays)
		};
	} catch {
		return defaults;
	}
}
