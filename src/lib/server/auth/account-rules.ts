import { z } from 'zod';
import {
	maxDisplayNameLength,
	maxPasswordLength,
	minPasswordLength,
	usernamePattern
} from '$lib/domain/staff/account-rules';
import { safeText } from '$lib/domain/text/safe-text';

/** See $lib/domain/staff/account-rules: the form checks the same rules before sending. */
export const usernameSchema = z
	.string()
	.max(64, { abort: true })
	.trim()
	.toLowerCase()
	.regex(usernamePattern);

export const passwordSchema = z.string().min(minPasswordLength).max(maxPasswordLength);

export const displayNameSchema = safeText({ min: 1, max: maxDisplayNameLength });
