import { z } from 'zod';
import type { DeviceSettings } from './device-settings';

/**
 * The settings as the server accepts them. The bounds keep a typing slip from locking a PC out
 * (a 5-second time-out) or keeping drafts for ever; settings-form.ts shows the same bounds.
 */
export const deviceSettingsSchema = z.strictObject({
	idleTimeoutSeconds: z.number().int().min(60).max(3600).optional(),
	idleWarningSeconds: z.number().int().min(10).max(300).optional(),
	draftRetentionDays: z.number().int().min(1).max(365).optional(),
	paperSize: z.enum(['A4', 'A5']).optional(),
	textSize: z.enum(['normal', 'large', 'larger']).optional(),
	language: z.enum(['vi', 'en']).optional(),
	offerContinueAtHome: z.boolean().optional()
}) satisfies z.ZodType<DeviceSettings>;
