import { AppError } from '$lib/errors/app-error';

/**
 * Standard base64 (with padding) to bytes, refusing more than `maxBytes` from the encoded length
 * before anything is decoded: `payload_too_large`, or `invalid_input` for what is not base64.
 */
export function decodeBase64(base64: string, maxBytes: number): Uint8Array {
	if (base64.length > Math.ceil(maxBytes / 3) * 4) throw new AppError('payload_too_large');
	// No grouped pattern here: V8 overflows its stack on one over tens of megabytes.
	if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
		throw new AppError('invalid_input');
	}
	const bytes = Buffer.from(base64, 'base64');
	if (bytes.length > maxBytes) throw new AppError('payload_too_large');
	if (bytes.length === 0) throw new AppError('invalid_input');
	return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
