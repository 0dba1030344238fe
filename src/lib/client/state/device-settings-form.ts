import type { Paper } from '$lib/receipts/types';
import { deviceSettingsKey, readDeviceSettings, type DeviceSettings } from './device-settings';

/** The papers a receipt prints on (receipts/page-flow.ts lays out both). */
export const receiptPapers: readonly Paper[] = ['A4', 'A5'];

/**
 * "Cài đặt máy này" (staff): changes some of this PC's settings, keeping the others. Apart from
 * device-settings.ts, which every page loads, so the first route does not carry the writer.
 * Throws when the browser refuses storage.
 */
export function writeDeviceSettings(change: Partial<DeviceSettings>): DeviceSettings {
	let stored: unknown = {};
	try {
		stored = JSON.parse(localStorage.getItem(deviceSettingsKey) ?? '{}');
	} catch {
		// A damaged record is replaced.
	}
	const kept = stored && typeof stored === 'object' ? stored : {};
	localStorage.setItem(deviceSettingsKey, JSON.stringify({ ...kept, ...change }));
	return readDeviceSettings();
}
