import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword, verifyPasswordOrDummy } from './password';
import { passwordSchema, usernameSchema } from './account-rules';

describe('passwords', () => {
	it('hashes with Argon2id and verifies only the right password', async () => {
		const hash = await hashPassword('mot-mat-khau-dai');
		expect(hash.startsWith('$argon2id$')).toBe(true);
		expect(await verifyPassword(hash, 'mot-mat-khau-dai')).toBe(true);
		expect(await verifyPassword(hash, 'mot-mat-khau-dau')).toBe(false);
		expect(await verifyPassword('not a hash', 'x')).toBe(false);
	});

	it('still does the hashing work for an unknown user, and says no', async () => {
		const hash = await hashPassword('mot-mat-khau-dai');
		const time = async (h: string | undefined) => {
			const start = performance.now();
			await verifyPasswordOrDummy(h, 'doan-sai-mat-khau');
			return performance.now() - start;
		};
		await time(undefined); // the throwaway hash is made on first use
		const known = Math.min(await time(hash), await time(hash));
		const unknown = Math.min(await time(undefined), await time(undefined));
		expect(await verifyPasswordOrDummy(undefined, 'bat-ky')).toBe(false);
		expect(unknown).toBeGreaterThan(known / 3);
	});

	it('asks for usernames in plain lower case and passwords of at least 10 characters', () => {
		expect(usernameSchema.parse('  TNV.Lan ')).toBe('tnv.lan');
		for (const bad of ['ab', '1abc', 'tên.lan', 'a b c', 'x'.repeat(33)]) {
			expect(usernameSchema.safeParse(bad).success).toBe(false);
		}
		expect(passwordSchema.safeParse('123456789').success).toBe(false);
		expect(passwordSchema.safeParse('1234567890').success).toBe(true);
	});
});
