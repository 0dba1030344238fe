import { describe, expect, it } from 'vitest';
import {
	combineWithDeviceKey,
	derivePinBits,
	isValidPin,
	newSalt,
	pbkdf2Bits,
	PIN_ITERATIONS
} from './pin-key';

const fast = 1_000;

describe('isValidPin', () => {
	it('accepts 4 to 6 ASCII digits', () => {
		for (const pin of ['0000', '1234', '12345', '123456', '000000']) {
			expect(isValidPin(pin)).toBe(true);
		}
	});

	it('rejects anything else', () => {
		for (const pin of [
			'',
			'123',
			'1234567',
			'12a4',
			' 1234',
			'1234 ',
			'١٢٣٤',
			'１２３４',
			'12.4',
			'-123'
		]) {
			expect(isValidPin(pin)).toBe(false);
		}
	});
});

describe('derivePinBits', () => {
	it('uses the 600,000 iterations DESIGN.md asks for by default', () => {
		expect(PIN_ITERATIONS).toBe(600_000);
	});

	it('gives 256 bits, the same for the same PIN and salt, different otherwise', async () => {
		const salt = newSalt();
		const a = new Uint8Array(await derivePinBits('2468', salt, fast));
		const b = new Uint8Array(await derivePinBits('2468', salt, fast));
		const otherPin = new Uint8Array(await derivePinBits('2469', salt, fast));
		const otherSalt = new Uint8Array(await derivePinBits('2468', newSalt(), fast));
		expect(a.byteLength).toBe(32);
		expect(b).toEqual(a);
		expect(otherPin).not.toEqual(a);
		expect(otherSalt).not.toEqual(a);
	});

	it('matches the PBKDF2-SHA-256 definition (RFC 7914 test vector)', async () => {
		// RFC 7914 §11: P = "passwd", S = "salt", c = 1, dkLen = 64; first 32 bytes.
		const bits = await pbkdf2Bits('passwd', new TextEncoder().encode('salt'), 1, 512);
		const hex = Buffer.from(bits).toString('hex');
		expect(hex.slice(0, 64)).toBe(
			'55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc'
		);
	});

	it('refuses a malformed PIN', async () => {
		await expect(derivePinBits('12', newSalt(), fast)).rejects.toThrow(RangeError);
	});
});

describe('newSalt', () => {
	it('is 16 fresh random bytes', () => {
		const a = newSalt();
		expect(a.byteLength).toBe(16);
		expect(newSalt()).not.toEqual(a);
	});
});

describe('combineWithDeviceKey', () => {
	it('gives a non-extractable AES-GCM-256 key for encrypt and decrypt only', async () => {
		const deviceKey = await crypto.subtle.generateKey(
			{ name: 'HMAC', hash: 'SHA-256', length: 256 },
			false,
			['sign']
		);
		const key = await combineWithDeviceKey(deviceKey, await derivePinBits('1234', newSalt(), fast));
		expect(key.extractable).toBe(false);
		expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
		expect([...key.usages].sort()).toEqual(['decrypt', 'encrypt']);
		await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
	});
});
