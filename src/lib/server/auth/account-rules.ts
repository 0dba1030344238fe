import { z } from 'zod';
import {
	maxDisplayNameLength,
	maxPasswordLength,
	minPasswordLength,
	usernamePattern
} from '$lib/domain/staff/account-rules';

/** See $lib/domain/staff/account-rules: the form checks the same rules before sending. */
export const usernameSchema = z.string().trim().toLowerCase().regex(usernamePattern);

export const passwordSchema = z.string().min(minPasswordLength).max(maxPasswordLength);

export const displayNameSchema = z.string().trim().min(1).max(maxDisplayNameLength);
