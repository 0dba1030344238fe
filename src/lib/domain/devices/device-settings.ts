/**
 * Settings a manager sets for the PCs of an access point, or for one PC (issue 21). Every key is
 * optional: a PC's own value wins over its access point's, which wins over the app's default.
 * Without zod, as every page reads them: the schema that checks them is device-settings.schema.ts.
 */
export type DeviceSettings = {
	idleTimeoutSeconds?: number;
	idleWarningSeconds?: number;
	draftRetentionDays?: number;
	paperSize?: 'A4' | 'A5';
	textSize?: 'normal' | 'large' | 'larger';
	language?: 'vi' | 'en';
	offerContinueAtHome?: boolean;
};

export type DeviceSettingKey = keyof DeviceSettings;

export const deviceSettingKeys = [
	'idleTimeoutSeconds',
	'idleWarningSeconds',
	'draftRetentionDays',
	'paperSize',
	'textSize',
	'language',
	'offerContinueAtHome'
] as const satisfies readonly DeviceSettingKey[];

/** What a PC uses when neither its access point nor the PC itself set a value. */
export const defaultDeviceSettings: Required<DeviceSettings> = {
	idleTimeoutSeconds: 300,
	idleWarningSeconds: 60,
	draftRetentionDays: 30,
	paperSize: 'A4',
	textSize: 'normal',
	language: 'vi',
	offerContinueAtHome: true
};

/** Drops the keys whose value is undefined, so a spread never blanks a value set below it. */
function defined(settings: DeviceSettings): DeviceSettings {
	return Object.fromEntries(
		Object.entries(settings).filter(([, value]) => value !== undefined)
	) as DeviceSettings;
}

/** The PC's value, else its access point's, else the default. */
export function effectiveDeviceSettings(
	accessPoint: DeviceSettings,
	device: DeviceSettings
): Required<DeviceSettings> {
	return { ...defaultDeviceSettings, ...defined(accessPoint), ...defined(device) };
}

/**
 * The warning before an idle session ends: the setting, but never more than half the time-out,
 * so a short time-out still leaves time without a warning on screen.
 */
export function idleWarningOf(
	settings: Pick<DeviceSettings, 'idleTimeoutSeconds' | 'idleWarningSeconds'>
): number {
	const timeout = settings.idleTimeoutSeconds ?? defaultDeviceSettings.idleTimeoutSeconds;
	const warning = settings.idleWarningSeconds ?? defaultDeviceSettings.idleWarningSeconds;
	return Math.min(warning, Math.floor(timeout / 2));
}
