import { randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP's Argon2id baseline (19 MiB, 2 passes); @node-rs/argon2 defaults to Argon2id.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// Made with the same options as real hashes, so that verifying against it costs the same.
let dummyHash: Promise<string> | undefined;

/**
 * Verifies against the user's hash, or against a throwaway one when there is no such (enabled)
 * user: the answer then takes as long either way, and its timing does not tell which usernames
 * exist.
 */
export async function verifyPasswordOrDummy(
	passwordHash: string | undefined,
	password: string
): Promise<boolean> {
	if (passwordHash) return verifyPassword(passwordHash, password);
	dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
	await verifyPassword(await dummyHash, password);
	return false;
}

// No 0/O, 1/I/l: the password is read off a terminal and typed by hand.
const readableAlphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

export function randomReadablePassword(length = 12): string {
	let out = '';
	for (let i = 0; i < length; i++) out += readableAlphabet[randomInt(readableAlphabet.length)];
	return out;
}
