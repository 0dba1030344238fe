import { describe, expect, it } from 'vitest';
import { deviceSettingsSchema } from './device-settings.schema';
import { formOfSettings, settingsOfForm } from './settings-form';

describe('the device settings form', () => {
	it('leaves empty fields to the level below and keeps what was typed', () => {
		const form = { ...formOfSettings({}), idleTimeoutSeconds: ' 120 ', paperSize: 'A5' as const };
		const result = settingsOfForm(form);
		expect(result).toEqual({ ok: true, settings: { idleTimeoutSeconds: 120, paperSize: 'A5' } });
		expect(result.ok && deviceSettingsSchema.safeParse(result.settings).success).toBe(true);
	});

	it('names the numbers out of bounds, as the server would refuse them', () => {
		const form = { ...formOfSettings({}), idleTimeoutSeconds: '5', draftRetentionDays: '1,5' };
		expect(settingsOfForm(form)).toEqual({
			ok: false,
			wrong: ['idleTimeoutSeconds', 'draftRetentionDays']
		});
	});

	it('round-trips the stored settings', () => {
		const settings = {
			idleWarningSeconds: 30,
			offerContinueAtHome: false,
			language: 'en' as const
		};
		expect(settingsOfForm(formOfSettings(settings))).toEqual({ ok: true, settings });
	});
});
