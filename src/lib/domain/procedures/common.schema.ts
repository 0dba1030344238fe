import { z } from 'zod';
import type { LocalizedText } from '../validation/issue';
import { issueCodes } from '../validation/messages';
import { isIsoDate } from '../validation/dates';
import {
	deliveryNames,
	fieldOfLawNames,
	levelNames,
	type Delivery,
	type FieldOfLaw,
	type ServiceLevel
} from './procedure-labels';

/** Both languages are required and never blank: Vietnamese is shown by default, English second. */
export const localizedTextSchema = z.strictObject({
	vi: z.string().trim().min(1),
	en: z.string().trim().min(1)
}) satisfies z.ZodType<LocalizedText>;

/** Ids of steps, fields and document slots; they are keys of stored answers, so keep them stable. */
export const idSchema = z.string().regex(/^[a-z][a-zA-Z0-9]{0,63}$/, 'camelCase id');

export const isoDateSchema = z.string().refine(isIsoDate, 'ISO date yyyy-mm-dd');

export const issueCodeSchema = z.enum(issueCodes);

export const mimeTypeSchema = z.enum(['image/jpeg', 'image/png', 'application/pdf']);

export const sexSchema = z.enum(['male', 'female']);

export const optionSchema = z.strictObject({
	value: z.string().min(1),
	label: localizedTextSchema
});

// Object.keys loses the key type; the label records are the single source of these unions.
export const fieldOfLawSchema = z.enum(
	Object.keys(fieldOfLawNames) as [FieldOfLaw, ...FieldOfLaw[]]
);

export const levelSchema = z.enum(Object.keys(levelNames) as [ServiceLevel, ...ServiceLevel[]]);

export const deliverySchema = z.enum(Object.keys(deliveryNames) as [Delivery, ...Delivery[]]);

/** Lower-case words joined by hyphens: slugs of procedures, practice cases and papers. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug');

export type MimeType = z.infer<typeof mimeTypeSchema>;
export type Option = z.infer<typeof optionSchema>;
