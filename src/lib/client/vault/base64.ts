/**
 * Base64 for sending bundles and tokens over JSON. Chunked: spreading a 10 MB array into
 * String.fromCharCode would overflow the call stack.
 */
import { VaultError } from './vault-error';

// A multiple of 3, so every chunk encodes without padding and the pieces simply join.
const CHUNK_BYTES = 3 * 8192;

export function toBase64(bytes: ArrayBuffer | Uint8Array): string {
	const view = ArrayBuffer.isView(bytes)
		? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
		: new Uint8Array(bytes);
	const parts: string[] = [];
	for (let start = 0; start < view.byteLength; start += CHUNK_BYTES) {
		const chunk = view.subarray(start, start + CHUNK_BYTES);
		// apply, not spread: V8 spreads a typed array ~5× slower. It takes any array-like.
		parts.push(btoa(String.fromCharCode.apply(null, chunk as unknown as number[])));
	}
	return parts.join('');
}

/** Throws VaultError 'corrupt' on anything that is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	let binary: string;
	try {
		binary = atob(text);
	} catch {
		throw new VaultError('corrupt', 'not base64');
	}
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** URL- and filename-safe, without padding (RFC 4648 §5): for tokens in URLs and headers. */
export function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
	return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
