import type { Paper } from '$lib/receipts/types';

/**
 * Settings of this PC, set by the access point (not personal data): how long an idle session
 * lasts, how long drafts are kept, and the paper its printer takes for receipts (set by staff on
 * "Cài đặt máy này", device-settings-form.ts; a citizen is never asked). Stored beside the
 * display preferences.
 */
export type DeviceSettings = {
	idleSeconds: number;
	draftRetentionDays: number;
	receiptPaper: Paper;
};

export const deviceSettingsKey = 'cunglam.device';

export function readDeviceSettings(): DeviceSettings {
	let stored: Partial<DeviceSettings> = {};
	try {
		stored = JSON.parse(localStorage.getItem(deviceSettingsKey) ?? '{}') ?? {};
	} catch {
		// Unreadable: the defaults.
	}
	const positive = (n: unknown, fallback: number) =>
		typeof n === 'number' && n > 0 ? n : fallback;
	return {
		idleSeconds: positive(stored.idleSeconds, 300),
		draftRetentionDays: positive(stored.draftRetentionDays, 30),
		receiptPaper: stored.receiptPaper === 'A5' ? 'A5' : 'A4'
	};
}
