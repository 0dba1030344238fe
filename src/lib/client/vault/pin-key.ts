/**
 * The citizen's PIN turned into key material. Runs in the page, in the derivation worker and in
 * Node tests, so it uses nothing but globalThis.crypto.subtle and imports nothing.
 */

/** OWASP's 2023 figure for PBKDF2-SHA-256; ~75 ms in Chromium here (STACK.md, trap 13). */
export const PIN_ITERATIONS = 600_000;

export const SALT_BYTES = 16;

const pinPattern = /^[0-9]{4,6}$/;

/** 4–6 ASCII digits: what DESIGN.md promises the citizen, and what the PIN pad can type. */
export function isValidPin(pin: string): boolean {
	return pinPattern.test(pin);
}

export function newSalt(): Uint8Array<ArrayBuffer> {
	return crypto.getRandomValues(new Uint8Array(SALT_BYTES));
}

/**
 * PBKDF2-SHA-256 over any secret. `lengthBits` above 256 costs a second full run of the
 * iterations (one per 256-bit block), which the worker and the resume secrets rely on knowingly.
 */
export async function pbkdf2Bits(
	secret: string,
	salt: Uint8Array,
	iterations: number,
	lengthBits: 256 | 512
): Promise<ArrayBuffer> {
	if (!Number.isInteger(iterations) || iterations < 1) throw new RangeError('iterations');
	const material = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(secret),
		'PBKDF2',
		false,
		['deriveBits']
	);
	// A copy: WebCrypto refuses views on a SharedArrayBuffer, and the caller may reuse its array.
	const params = { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations };
	return crypto.subtle.deriveBits(params, material, lengthBits);
}

/** 256 bits from the PIN and the draft's salt. Throws RangeError on a malformed PIN. */
export function derivePinBits(
	pin: string,
	salt: Uint8Array,
	iterations: number = PIN_ITERATIONS
): Promise<ArrayBuffer> {
	if (!isValidPin(pin)) return Promise.reject(new RangeError('PIN must be 4–6 digits'));
	return pbkdf2Bits(pin, salt, iterations, 256);
}

/**
 * The draft key: HMAC-SHA-256 of the PIN bits under this browser's device key, imported as a
 * non-extractable AES-GCM-256 key. Without the device key (which cannot leave the profile),
 * guessing the PIN offline against copied ciphertext is useless.
 */
export async function combineWithDeviceKey(
	deviceKey: CryptoKey,
	pinBits: ArrayBuffer
): Promise<CryptoKey> {
	const mixed = await crypto.subtle.sign('HMAC', deviceKey, pinBits);
	try {
		return await crypto.subtle.importKey('raw', mixed, { name: 'AES-GCM', length: 256 }, false, [
			'encrypt',
			'decrypt'
		]);
	} finally {
		// Best effort: the raw key bytes should not linger in the heap until the next GC.
		new Uint8Array(mixed).fill(0);
	}
}
