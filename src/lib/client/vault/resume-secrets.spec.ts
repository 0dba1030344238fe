import { describe, expect, it } from 'vitest';
import { openJson, sealJson } from './cipher';
import { pbkdf2Bits } from './pin-key';
import { deriveResumeSecrets, resumeLookupId } from './resume-secrets';
import { VaultError } from './vault-error';

// These run the real 600,000 iterations (512 bits: two PBKDF2 blocks, ~0.25 s each in Node).
const code = 'ABCDE12345';
const [same, again, otherPin, otherCode] = await Promise.all([
	deriveResumeSecrets(code, '2468'),
	deriveResumeSecrets(code, '2468'),
	deriveResumeSecrets(code, '2469'),
	deriveResumeSecrets('ABCDE12346', '2468')
]);

async function canOpen(sealedWith: CryptoKey, openWith: CryptoKey): Promise<boolean> {
	const sealed = await sealJson(sealedWith, { draft: 1 }, 'bundle');
	return openJson(openWith, sealed, 'bundle').then(
		() => true,
		(error: unknown) => {
			if (error instanceof VaultError && error.code === 'pin_wrong') return false;
			throw error;
		}
	);
}

describe('deriveResumeSecrets', () => {
	it('is deterministic for the same code and PIN', async () => {
		expect(again.authToken).toBe(same.authToken);
		expect(again.lookupId).toBe(same.lookupId);
		expect(await canOpen(same.key, again.key)).toBe(true);
	});

	it('differs for another PIN or another code', async () => {
		expect(otherPin.authToken).not.toBe(same.authToken);
		expect(otherCode.authToken).not.toBe(same.authToken);
		expect(await canOpen(same.key, otherPin.key)).toBe(false);
		expect(await canOpen(same.key, otherCode.key)).toBe(false);
	});

	it('gives a lookup id that depends on the code only', () => {
		expect(otherPin.lookupId).toBe(same.lookupId);
		expect(otherCode.lookupId).not.toBe(same.lookupId);
		expect(same.lookupId).toMatch(/^[0-9a-f]{64}$/);
	});

	it('is the documented derivation: PBKDF2 then HKDF, and a slow lookup id', async () => {
		const enc = new TextEncoder();
		const bits = await pbkdf2Bits(`${code}:2468`, enc.encode('cung-lam/resume/v1'), 600_000, 256);
		const master = await crypto.subtle.importKey('raw', bits, 'HKDF', false, ['deriveBits']);
		const hkdf = (info: string) => ({
			name: 'HKDF',
			hash: 'SHA-256',
			salt: new Uint8Array(0),
			info: enc.encode(info)
		});
		const token = await crypto.subtle.deriveBits(hkdf('cung-lam/resume/auth'), master, 256);
		expect(same.authToken).toBe(Buffer.from(token).toString('base64url'));
		const keyBits = await crypto.subtle.deriveBits(hkdf('cung-lam/resume/key'), master, 256);
		const expectedKey = await crypto.subtle.importKey('raw', keyBits, 'AES-GCM', false, [
			'encrypt',
			'decrypt'
		]);
		expect(await canOpen(same.key, expectedKey)).toBe(true);
		const lookup = await pbkdf2Bits(code, enc.encode('cung-lam/lookup/v1'), 600_000, 256);
		expect(same.lookupId).toBe(Buffer.from(lookup).toString('hex'));
		expect(await resumeLookupId(code)).toBe(same.lookupId);
	});

	it('keeps the bundle key non-extractable and the token free of padding', async () => {
		expect(same.key.extractable).toBe(false);
		expect(same.key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
		expect(same.authToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
		await expect(crypto.subtle.exportKey('raw', same.key)).rejects.toThrow();
	});

	it('refuses a code that is not normalised and a malformed PIN', async () => {
		await expect(deriveResumeSecrets('abcde12345', '2468')).rejects.toThrow(RangeError);
		await expect(deriveResumeSecrets('ABCDE-12345', '2468')).rejects.toThrow(RangeError);
		await expect(deriveResumeSecrets('ABCDE1234U', '2468')).rejects.toThrow(RangeError);
		await expect(deriveResumeSecrets(code, '24')).rejects.toThrow(RangeError);
		await expect(resumeLookupId('ABCDE1234')).rejects.toThrow(RangeError);
	});
});
