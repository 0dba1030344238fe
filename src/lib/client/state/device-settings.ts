import {
	defaultDeviceSettings,
	idleWarningOf,
	type DeviceSettings as ManagedSettings
} from '$lib/domain/devices/device-settings';
import type { Paper } from '$lib/receipts/types';

/**
 * Settings of this PC as the pages use them: how long an idle session lasts and its warning, how
 * long drafts are kept, the paper its printer takes, whether "Tiếp tục tại nhà" is offered. A
 * manager sets them on the device list (/quan-ly/may-tinh); they reach an enrolled PC on its next
 * sync and are kept in IndexedDB (client/devices/device-enrolment.ts), which loads them here. A
 * PC that is not enrolled uses the defaults. Kept free of Dexie: every page loads this module.
 */
export type DeviceSettings = {
	idleSeconds: number;
	idleWarningSeconds: number;
	draftRetentionDays: number;
	receiptPaper: Paper;
	offerContinueAtHome: boolean;
};

function fromManaged(settings: ManagedSettings | undefined): DeviceSettings {
	const all = { ...defaultDeviceSettings, ...settings };
	return {
		idleSeconds: all.idleTimeoutSeconds,
		idleWarningSeconds: idleWarningOf(all),
		draftRetentionDays: all.draftRetentionDays,
		receiptPaper: all.paperSize,
		offerContinueAtHome: all.offerContinueAtHome
	};
}

let current: DeviceSettings = fromManaged(undefined);

export function readDeviceSettings(): DeviceSettings {
	return current;
}

/** The synced settings in force from now on; undefined: the defaults (not enrolled). */
export function applyDeviceSettings(settings: ManagedSettings | undefined): void {
	current = fromManaged(settings);
}
