// Shared by the vault specs: keys made the way the app makes them, with few PBKDF2 iterations.
import { combineWithDeviceKey, derivePinBits } from '$lib/client/vault/pin-key';

export const fastIterations = 1_000;

export function newDeviceKey(): Promise<CryptoKey> {
	return crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']);
}

export async function fastDraftKey(
	pin: string,
	salt: Uint8Array,
	deviceKey: CryptoKey
): Promise<CryptoKey> {
	return combineWithDeviceKey(deviceKey, await derivePinBits(pin, salt, fastIterations));
}
