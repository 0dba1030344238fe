/**
 * Secrets for "Tiếp tục tại nhà": the draft goes to the server sealed under a key from the
 * resume code (on the printed slip) and the PIN (in the citizen's head). The server stores
 * ciphertext and a hash of the auth token only, so it can neither read the bundle nor answer
 * a look-up without both.
 */
import { toBase64Url } from './base64';
import { deriveBitsOffThread } from './derive-in-worker';
import { isValidPin } from './pin-key';

export type ResumeSecrets = {
	/** Finds the server row and rate-limits per code; independent of the PIN. */
	lookupId: string;
	/** Proves code + PIN to the server, which stores only a hash of it. */
	authToken: string;
	/** Seals the bundle (see bundle.ts); non-extractable. */
	key: CryptoKey;
};

// Crockford base32 as normalizeResumeCode (domain/resume/resume-code.ts) returns it. Checked
// here too, because a code typed differently would derive different secrets without a sound.
const normalisedCode = /^[0-9A-HJKMNP-TV-Z]{10}$/;

/**
 * A fixed, public salt is enough here: a salt exists to make each guess specific to one
 * target, and the 50 random bits of the code already do that, since every code is a different
 * password. A random salt would have to be stored beside the code and fetched before deriving.
 */
const resumeSalt = new TextEncoder().encode('cung-lam/resume/v1');
const lookupSalt = new TextEncoder().encode('cung-lam/lookup/v1');

function assertInputs(code: string, pin: string): void {
	if (!normalisedCode.test(code)) throw new RangeError('resume code must be normalised');
	if (!isValidPin(pin)) throw new RangeError('PIN must be 4–6 digits');
}

function toHex(bytes: ArrayBuffer): string {
	return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The server's row id for a bundle: PBKDF2 of the code alone (no PIN), so the server can find
 * the row and rate-limit per code. Slow on purpose: with a plain hash, whoever copies the
 * database could recover 50-bit codes in GPU-days and then attack the PINs; with 600,000
 * iterations per guess that first step is out of reach.
 */
export async function resumeLookupId(code: string): Promise<string> {
	if (!normalisedCode.test(code)) throw new RangeError('resume code must be normalised');
	return toHex(await deriveBitsOffThread(code, lookupSalt, 256));
}

/**
 * PBKDF2-SHA-256, 600,000 iterations over `code:pin`, 256 bits, then HKDF splits them into the
 * auth token and the bundle key. (Asking PBKDF2 for 512 bits would run it twice for the
 * citizen while an attacker needs only one half to test a guess.) Runs in the derivation
 * worker when there is one.
 */
export async function deriveResumeSecrets(code: string, pin: string): Promise<ResumeSecrets> {
	assertInputs(code, pin);
	const [bits, lookupId] = await Promise.all([
		deriveBitsOffThread(`${code}:${pin}`, resumeSalt, 256),
		resumeLookupId(code)
	]);
	try {
		const master = await crypto.subtle.importKey('raw', bits, 'HKDF', false, [
			'deriveBits',
			'deriveKey'
		]);
		const hkdf = (info: string) => ({
			name: 'HKDF',
			hash: 'SHA-256',
			salt: new Uint8Array(0),
			info: new TextEncoder().encode(info)
		});
		const token = await crypto.subtle.deriveBits(hkdf('cung-lam/resume/auth'), master, 256);
		const key = await crypto.subtle.deriveKey(
			hkdf('cung-lam/resume/key'),
			master,
			{ name: 'AES-GCM', length: 256 },
			false,
			['encrypt', 'decrypt']
		);
		return { lookupId, authToken: toBase64Url(token), key };
	} finally {
		new Uint8Array(bits).fill(0);
	}
}
