import {
	createDecipheriv,
	createECDH,
	createPublicKey,
	hkdfSync,
	randomBytes,
	verify
} from 'node:crypto';
import type { ReceivedRequest } from './notification-endpoints';

const b64u = (buffer: Buffer) => buffer.toString('base64url');
const fromB64u = (text: string) => Buffer.from(text, 'base64url');
const hkdf = (ikm: Buffer, salt: Buffer, info: Buffer, length: number) =>
	Buffer.from(hkdfSync('sha256', ikm, salt, info, length));

/**
 * A browser's side of Web Push, written from RFC 8291 (Message Encryption for Web Push) and
 * RFC 8188 (aes128gcm) with node:crypto alone, so that the product's push is checked against
 * the standard rather than against its own library: a user-agent key pair and auth secret for
 * the subscription, and the decryption of what the push service receives.
 */
export function pushUserAgent(endpoint: string) {
	const ecdh = createECDH('prime256v1');
	const uaPublic = ecdh.generateKeys();
	const authSecret = randomBytes(16);
	return {
		subscription: { endpoint, keys: { p256dh: b64u(uaPublic), auth: b64u(authSecret) } },
		/** The plaintext of one aes128gcm message body (a single record, as push messages are). */
		decrypt(body: Buffer): string {
			// RFC 8188 §2.1: salt (16) | record size (4) | key id length (1) | key id (the sender's key).
			const salt = body.subarray(0, 16);
			const idLength = body.readUInt8(20);
			const asPublic = body.subarray(21, 21 + idLength);
			const record = body.subarray(21 + idLength);
			// RFC 8291 §3.3–3.4: the shared secret, mixed with the auth secret and both public keys.
			const ecdhSecret = ecdh.computeSecret(asPublic);
			const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, asPublic]);
			const ikm = hkdf(ecdhSecret, authSecret, keyInfo, 32);
			const cek = hkdf(ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16);
			const nonce = hkdf(ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12);
			const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
			decipher.setAuthTag(record.subarray(record.length - 16));
			const padded = Buffer.concat([
				decipher.update(record.subarray(0, record.length - 16)),
				decipher.final()
			]);
			// The last record ends with the delimiter 0x02, then zero padding.
			let end = padded.length - 1;
			while (end >= 0 && padded[end] === 0) end -= 1;
			if (padded[end] !== 2) throw new Error('not a final record');
			return padded.subarray(0, end).toString('utf8');
		}
	};
}

/**
 * The VAPID claim (RFC 8292) of a push request: `vapid t=<JWT>, k=<public key>`, the JWT signed
 * with ES256 by that key; its claims when the signature holds, else an error.
 */
export function verifiedVapidClaims(request: ReceivedRequest): {
	key: string;
	claims: { aud: string; exp: number; sub: string };
} {
	const header = String(request.headers.authorization ?? '');
	const match = /^vapid t=([^,\s]+),\s*k=([^,\s]+)$/.exec(header);
	if (!match) throw new Error(`no VAPID authorization: ${header}`);
	const [, jwt, key] = match as unknown as [string, string, string];
	const raw = fromB64u(key);
	const publicKey = createPublicKey({
		key: { kty: 'EC', crv: 'P-256', x: b64u(raw.subarray(1, 33)), y: b64u(raw.subarray(33, 65)) },
		format: 'jwk'
	});
	const [head, payload, signature] = jwt.split('.') as [string, string, string];
	const ok = verify(
		'sha256',
		Buffer.from(`${head}.${payload}`),
		{ key: publicKey, dsaEncoding: 'ieee-p1363' },
		fromB64u(signature)
	);
	if (!ok) throw new Error('VAPID signature does not verify');
	return { key, claims: JSON.parse(fromB64u(payload).toString('utf8')) };
}
