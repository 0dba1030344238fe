import type { DeviceSettings as ManagedSettings } from '$lib/domain/devices/device-settings';
import type { Paper } from '$lib/receipts/types';

/**
 * Settings of this PC as the pages use them: how long an idle session lasts and its warning, how
 * long drafts are kept, the paper its printer takes, whether "Tiếp tục tại nhà" is offered. A
 * manager sets them on the device list (/quan-ly/may-tinh); they reach an enrolled PC on its next
 * sync and are kept in IndexedDB (client/devices/device-enrolment.ts), which loads them here as
 * the full set (effectiveDeviceSettings). A PC that is not enrolled uses the defaults. Every page
 * loads this module, so it imports nothing but types: the defaults are the domain's, checked
 * equal by device-settings.spec.ts.
 */
export type DeviceSettings = {
	idleSeconds: number;
	idleWarningSeconds: number;
	draftRetentionDays: number;
	receiptPaper: Paper;
	offerContinueAtHome: boolean;
};

export const fallbackDeviceSettings: DeviceSettings = {
	idleSeconds: 300,
	idleWarningSeconds: 60,
	draftRetentionDays: 30,
	receiptPaper: 'A4',
	offerContinueAtHome: true
};

let current = fallbackDeviceSettings;

export function readDeviceSettings(): DeviceSettings {
	return current;
}

/** The synced settings in force from now on; undefined: the defaults (not enrolled). */
export function applyDeviceSettings(settings: Required<ManagedSettings> | undefined): void {
	current = settings
		? {
				idleSeconds: settings.idleTimeoutSeconds,
				// At most half the time-out (idleWarningOf), so a short one is not all warning.
				idleWarningSeconds: Math.min(
					settings.idleWarningSeconds,
					Math.floor(settings.idleTimeoutSeconds / 2)
				),
				draftRetentionDays: settings.draftRetentionDays,
				receiptPaper: settings.paperSize,
				offerContinueAtHome: settings.offerContinueAtHome
			}
		: fallbackDeviceSettings;
}
