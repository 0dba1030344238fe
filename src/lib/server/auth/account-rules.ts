import { z } from 'zod';

/**
 * Rules for staff accounts a manager creates. Usernames are typed on shared PCs and on phones:
 * plain lower-case ASCII (no diacritics, which keyboards and input methods produce in several
 * ways), starting with a letter, e.g. `tnv.lan`.
 */
export const usernameSchema = z
	.string()
	.trim()
	.toLowerCase()
	.regex(/^[a-z][a-z0-9._-]{2,31}$/);

/** Length over composition rules (NIST SP 800-63B); the upper bound caps the hashing work. */
export const minPasswordLength = 10;
export const passwordSchema = z.string().min(minPasswordLength).max(256);

export const displayNameSchema = z.string().trim().min(1).max(100);
