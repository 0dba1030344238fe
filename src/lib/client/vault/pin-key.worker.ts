/**
 * Runs PBKDF2 off the main thread: 600,000 iterations would freeze the PIN screen for ~0.1 s
 * per derivation (twice that for resume secrets). Kept tiny; the page side is derive-in-worker.ts.
 */
import { pbkdf2Bits } from './pin-key';

export type DeriveRequest = {
	id: number;
	secret: string;
	salt: Uint8Array;
	iterations: number;
	lengthBits: 256 | 512;
};

/** `error` is an error name only: nothing derived from the secret ever goes into a message. */
export type DeriveReply = { id: number; bits: ArrayBuffer } | { id: number; error: string };

async function answer({ id, secret, salt, iterations, lengthBits }: DeriveRequest): Promise<void> {
	let reply: DeriveReply;
	try {
		const bits = await pbkdf2Bits(secret, salt, iterations, lengthBits);
		reply = { id, bits };
		self.postMessage(reply, { transfer: [bits] });
	} catch (error) {
		reply = { id, error: error instanceof Error ? error.name : 'Error' };
		self.postMessage(reply);
	}
}

self.addEventListener('message', (event: MessageEvent<DeriveRequest>) => {
	void answer(event.data);
});
