import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDeviceSettings } from './device-settings';
import { writeDeviceSettings } from './device-settings-form';

describe('device settings', () => {
	beforeEach(() => {
		const items = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (key: string) => items.get(key) ?? null,
			setItem: (key: string, value: string) => void items.set(key, String(value))
		});
	});
	afterEach(() => vi.unstubAllGlobals());

	it('prints on A4 until staff choose otherwise', () => {
		expect(readDeviceSettings().receiptPaper).toBe('A4');
	});

	it('keeps the paper chosen for this PC beside the other settings', () => {
		localStorage.setItem('cunglam.device', JSON.stringify({ idleSeconds: 6 }));
		expect(writeDeviceSettings({ receiptPaper: 'A5' })).toEqual({
			idleSeconds: 6,
			draftRetentionDays: 30,
			receiptPaper: 'A5'
		});
		expect(readDeviceSettings().receiptPaper).toBe('A5');
	});

	it('ignores a paper it does not know and a damaged record', () => {
		localStorage.setItem('cunglam.device', JSON.stringify({ receiptPaper: 'Letter' }));
		expect(readDeviceSettings().receiptPaper).toBe('A4');
		localStorage.setItem('cunglam.device', '{oops');
		expect(readDeviceSettings().idleSeconds).toBe(300);
	});
});
