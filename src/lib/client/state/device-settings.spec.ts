import { describe, expect, it } from 'vitest';
import { defaultDeviceSettings, idleWarningOf } from '$lib/domain/devices/device-settings';
import { applyDeviceSettings, fallbackDeviceSettings, readDeviceSettings } from './device-settings';

describe('the settings a PC applies', () => {
	it('are the domain’s defaults until the manager’s arrive', () => {
		applyDeviceSettings(undefined);
		expect(readDeviceSettings()).toEqual(fallbackDeviceSettings);
		applyDeviceSettings(defaultDeviceSettings);
		expect(readDeviceSettings()).toEqual(fallbackDeviceSettings);
	});

	it('take the synced values, with the warning at most half the time-out', () => {
		applyDeviceSettings({ ...defaultDeviceSettings, idleTimeoutSeconds: 90, paperSize: 'A5' });
		expect(readDeviceSettings()).toMatchObject({
			idleSeconds: 90,
			idleWarningSeconds: idleWarningOf({ idleTimeoutSeconds: 90 }),
			receiptPaper: 'A5'
		});
		expect(readDeviceSettings().idleWarningSeconds).toBe(45);
		applyDeviceSettings(undefined);
	});
});
