import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, toBase64Url } from './base64';
import { VaultError } from './vault-error';

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(length);
	// getRandomValues fills at most 65,536 bytes per call.
	for (let i = 0; i < length; i += 65_536) crypto.getRandomValues(bytes.subarray(i, i + 65_536));
	return bytes;
}

describe('base64', () => {
	it('round-trips 5 MB and agrees with Node', () => {
		const bytes = randomBytes(5 * 1024 * 1024 + 1);
		const text = toBase64(bytes);
		expect(text).toBe(Buffer.from(bytes).toString('base64'));
		// Buffer.equals: a deep toEqual over 5 million elements takes seconds.
		expect(Buffer.from(fromBase64(text)).equals(Buffer.from(bytes))).toBe(true);
	});

	it('encodes 10 MB without overflowing the stack', () => {
		expect(toBase64(new Uint8Array(10 * 1024 * 1024)).length).toBe(13_981_016);
	});

	it('handles lengths around the chunk and padding boundaries, views and ArrayBuffers', () => {
		for (const length of [0, 1, 2, 3, 24_575, 24_576, 24_577, 49_153]) {
			const bytes = randomBytes(length);
			expect(toBase64(bytes.buffer)).toBe(Buffer.from(bytes).toString('base64'));
			expect(Buffer.from(fromBase64(toBase64(bytes))).equals(Buffer.from(bytes))).toBe(true);
		}
		const view = randomBytes(100).subarray(7, 57);
		expect(toBase64(view)).toBe(Buffer.from(view).toString('base64'));
	});

	it('gives base64url without padding for tokens', () => {
		const bytes = new Uint8Array([0xfb, 0xff, 0xbf, 0x01]);
		expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
		expect(toBase64Url(bytes)).toBe('-_-_AQ');
	});

	it('throws corrupt on text that is not base64', () => {
		expect(() => fromBase64('no!')).toThrow(VaultError);
		expect(() => fromBase64('abcde')).toThrow(VaultError);
	});
});
