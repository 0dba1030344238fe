/**
 * AES-GCM sealing of drafts and attachments. A fresh random 96-bit IV on every write: a
 * session's key seals a few thousand autosaves at most, far below the 2³² messages where random
 * IVs start to risk a repeat. The optional AAD binds a value to its record (e.g. `draft:<id>`),
 * so a ciphertext moved to another record does not open.
 */
import { VaultError } from './vault-error';

/** Structured-clonable: stored as is in IndexedDB. */
export type Sealed = { v: 1; iv: Uint8Array; data: ArrayBuffer };

const IV_BYTES = 12;
const TAG_BYTES = 16;
const AES_GCM = 'AES-GCM';

const encoder = new TextEncoder();

// Cross-realm safe: values read back from IndexedDB or another frame fail `instanceof`.
function isUint8Array(value: unknown): value is Uint8Array {
	return Object.prototype.toString.call(value) === '[object Uint8Array]';
}
function isArrayBuffer(value: unknown): value is ArrayBuffer {
	return Object.prototype.toString.call(value) === '[object ArrayBuffer]';
}

function gcmParams(iv: Uint8Array<ArrayBuffer>, aad: string | undefined): AesGcmParams {
	return aad === undefined
		? { name: AES_GCM, iv }
		: { name: AES_GCM, iv, additionalData: encoder.encode(aad) };
}

function bufferSource(bytes: ArrayBuffer | Uint8Array): BufferSource {
	if (!ArrayBuffer.isView(bytes)) return bytes;
	// WebCrypto refuses views on a SharedArrayBuffer; copy only in that rare case.
	return isArrayBuffer(bytes.buffer) ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export async function sealBytes(
	key: CryptoKey,
	bytes: ArrayBuffer | Uint8Array,
	aad?: string
): Promise<Sealed> {
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const data = await crypto.subtle.encrypt(gcmParams(iv, aad), key, bufferSource(bytes));
	return { v: 1, iv, data };
}

function checkShape(sealed: unknown): asserts sealed is Sealed {
	if (typeof sealed !== 'object' || sealed === null) throw new VaultError('corrupt', 'not sealed');
	const { v, iv, data } = sealed as Partial<Record<keyof Sealed, unknown>>;
	if (v !== 1) throw new VaultError('corrupt', 'unknown version');
	if (!isUint8Array(iv) || iv.byteLength !== IV_BYTES) throw new VaultError('corrupt', 'bad IV');
	if (!isArrayBuffer(data) || data.byteLength < TAG_BYTES) {
		throw new VaultError('corrupt', 'bad ciphertext');
	}
}

/**
 * Throws VaultError: 'corrupt' when the value is not a sealed value at all, 'pin_wrong' when
 * AES-GCM authentication fails (wrong key, or tampering: the two look the same).
 */
export async function openBytes(
	key: CryptoKey,
	sealed: Sealed,
	aad?: string
): Promise<ArrayBuffer> {
	checkShape(sealed);
	try {
		return await crypto.subtle.decrypt(gcmParams(new Uint8Array(sealed.iv), aad), key, sealed.data);
	} catch (error) {
		// OperationError is the authentication failure; anything else (a key made for another
		// algorithm or usage) is a programming error and goes up as it is.
		if (error instanceof Error && error.name === 'OperationError') {
			throw new VaultError('pin_wrong', 'authentication failed');
		}
		throw error;
	}
}

/** Any JSON-serialisable value. Strings are sealed as given (no Unicode normalisation). */
export function sealJson(key: CryptoKey, value: unknown, aad?: string): Promise<Sealed> {
	const json = JSON.stringify(value);
	if (json === undefined) return Promise.reject(new TypeError('value is not JSON-serialisable'));
	return sealBytes(key, encoder.encode(json), aad);
}

export async function openJson<T>(key: CryptoKey, sealed: Sealed, aad?: string): Promise<T> {
	const bytes = await openBytes(key, sealed, aad);
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as T;
	} catch {
		// Authenticated yet unreadable: it was sealed by something else than sealJson.
		throw new VaultError('corrupt', 'not JSON');
	}
}

/** iv ‖ ciphertext: the flat form used for Blobs in IndexedDB and for bundle parts. */
export function packSealed(sealed: Sealed): Uint8Array<ArrayBuffer> {
	const packed = new Uint8Array(IV_BYTES + sealed.data.byteLength);
	packed.set(sealed.iv, 0);
	packed.set(new Uint8Array(sealed.data), IV_BYTES);
	return packed;
}

export function unpackSealed(packed: Uint8Array): Sealed {
	if (packed.byteLength < IV_BYTES + TAG_BYTES) throw new VaultError('corrupt', 'too short');
	return {
		v: 1,
		iv: packed.slice(0, IV_BYTES),
		data: packed.slice(IV_BYTES).buffer
	};
}

/** An attachment kept as a Sealed value, with its MIME type beside it (not secret). */
export async function sealBlob(
	key: CryptoKey,
	blob: Blob,
	aad?: string
): Promise<{ sealed: Sealed; type: string }> {
	return { sealed: await sealBytes(key, await blob.arrayBuffer(), aad), type: blob.type };
}

export async function openBlob(
	key: CryptoKey,
	stored: { sealed: Sealed; type: string },
	aad?: string
): Promise<Blob> {
	return new Blob([await openBytes(key, stored.sealed, aad)], { type: stored.type });
}

/**
 * An attachment as a ciphertext Blob (iv ‖ data). IndexedDB keeps Blobs out of line, whereas
 * Chrome caps one non-Blob value at ~133 MB (STACK.md, trap 12).
 */
export async function sealBlobToBlob(key: CryptoKey, blob: Blob, aad?: string): Promise<Blob> {
	const sealed = await sealBytes(key, await blob.arrayBuffer(), aad);
	return new Blob([packSealed(sealed)], { type: 'application/octet-stream' });
}

export async function openBlobFromBlob(
	key: CryptoKey,
	blob: Blob,
	type: string,
	aad?: string
): Promise<Blob> {
	const sealed = unpackSealed(new Uint8Array(await blob.arrayBuffer()));
	return new Blob([await openBytes(key, sealed, aad)], { type });
}

const keyCheckText = 'cung-lam/key-check/v1';
const keyCheckAad = 'key-check';

/**
 * A small sealed constant stored beside the drafts of a session: it tells a wrong PIN from a
 * damaged record before anything else is opened. It gives an attacker nothing new, since any
 * sealed draft would serve as the same test.
 */
export function makeKeyCheck(key: CryptoKey): Promise<Sealed> {
	return sealBytes(key, encoder.encode(keyCheckText), keyCheckAad);
}

/** false for a wrong key; throws VaultError 'corrupt' when `check` is not a key check at all. */
export async function verifyKeyCheck(key: CryptoKey, check: Sealed): Promise<boolean> {
	let bytes: ArrayBuffer;
	try {
		bytes = await openBytes(key, check, keyCheckAad);
	} catch (error) {
		if (error instanceof VaultError && error.code === 'pin_wrong') return false;
		throw error;
	}
	if (new TextDecoder().decode(bytes) !== keyCheckText) {
		throw new VaultError('corrupt', 'not a key check');
	}
	return true;
}
