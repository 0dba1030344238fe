import type { Paper } from '$lib/receipts/types';

/**
 * Settings of this PC, set by the access point (not personal data): how long an idle session
 * lasts, how long drafts are kept, and the paper its printer takes for receipts (set by staff on
 * "Cài đặt máy này"; a citizen is never asked). Stored beside the display preferences.
 */
export type DeviceSettings = {
	idleSeconds: number;
	draftRetentionDays: number;
	receiptPaper: Paper;
};

export const receiptPapers: readonly Paper[] = ['A4', 'A5'];

const defaults: DeviceSettings = { idleSeconds: 300, draftRetentionDays: 30, receiptPaper: 'A4' };
const storageKey = 'cunglam.device';

function stored(): Partial<DeviceSettings> {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
		return value && typeof value === 'object' ? (value as Partial<DeviceSettings>) : {};
	} catch {
		return {};
	}
}

export function readDeviceSettings(): DeviceSettings {
	const saved = stored();
	const positive = (n: unknown, fallback: number) =>
		typeof n === 'number' && n > 0 ? n : fallback;
	return {
		idleSeconds: positive(saved.idleSeconds, defaults.idleSeconds),
		draftRetentionDays: positive(saved.draftRetentionDays, defaults.draftRetentionDays),
		receiptPaper: receiptPapers.includes(saved.receiptPaper as Paper)
			? (saved.receiptPaper as Paper)
			: defaults.receiptPaper
	};
}

/** Changes some settings of this PC, keeping the others; throws when storage refuses. */
export function writeDeviceSettings(change: Partial<DeviceSettings>): DeviceSettings {
	localStorage.setItem(storageKey, JSON.stringify({ ...stored(), ...change }));
	return readDeviceSettings();
}
