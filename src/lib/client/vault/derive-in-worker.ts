/**
 * PBKDF2 in a Web Worker so the PIN screen stays responsive. One worker is created on first use
 * and reused; where there is no Worker (Node tests, very old browsers) or it fails to load, the
 * derivation runs on the calling thread instead: slower to the eye, same result.
 */
import { combineWithDeviceKey, isValidPin, pbkdf2Bits, PIN_ITERATIONS } from './pin-key';
import type { DeriveReply, DeriveRequest } from './pin-key.worker';

type Pending = {
	request: DeriveRequest;
	resolve: (bits: ArrayBuffer) => void;
	reject: (error: Error) => void;
};

let worker: Worker | undefined;
// Set once the worker failed to start: every later derivation stays on this thread.
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending>();

function onThisThread({ secret, salt, iterations, lengthBits }: DeriveRequest) {
	return pbkdf2Bits(secret, salt, iterations, lengthBits);
}

function settle(reply: DeriveReply): void {
	const entry = pending.get(reply.id);
	if (!entry) return;
	pending.delete(reply.id);
	if ('bits' in reply) entry.resolve(reply.bits);
	else entry.reject(new Error(`key derivation failed in worker: ${reply.error}`));
}

/** The worker script did not load or crashed: finish what was asked here rather than fail. */
function abandonWorker(): void {
	workerBroken = true;
	worker?.terminate();
	worker = undefined;
	const stranded = [...pending.values()];
	pending.clear();
	for (const { request, resolve, reject } of stranded) {
		onThisThread(request).then(resolve, reject);
	}
}

function startWorker(): Worker | undefined {
	if (workerBroken || typeof Worker === 'undefined') return undefined;
	if (worker) return worker;
	try {
		// This exact form is what Vite recognises and bundles as a separate worker chunk.
		worker = new Worker(new URL('./pin-key.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		workerBroken = true;
		return undefined;
	}
	worker.addEventListener('message', (event: MessageEvent<DeriveReply>) => settle(event.data));
	worker.addEventListener('error', abandonWorker);
	worker.addEventListener('messageerror', abandonWorker);
	return worker;
}

/** Starts the worker ahead of its first derivation, so that its script is loaded by then. */
export function startDeriveWorker(): void {
	startWorker();
}

/** PBKDF2-SHA-256 off the main thread when possible. Used for draft keys and resume secrets. */
export function deriveBitsOffThread(
	secret: string,
	salt: Uint8Array,
	lengthBits: 256 | 512,
	iterations: number = PIN_ITERATIONS
): Promise<ArrayBuffer> {
	const request: DeriveRequest = { id: nextId++, secret, salt, iterations, lengthBits };
	const target = startWorker();
	if (!target) return onThisThread(request);
	return new Promise((resolve, reject) => {
		pending.set(request.id, { request, resolve, reject });
		target.postMessage(request);
	});
}

/** derivePinBits (256 bits, 600,000 iterations) in the worker. */
export function derivePinBitsInWorker(pin: string, salt: Uint8Array): Promise<ArrayBuffer> {
	if (!isValidPin(pin)) return Promise.reject(new RangeError('PIN must be 4–6 digits'));
	return deriveBitsOffThread(pin, salt, 256);
}

/** The key every draft of a session is sealed under: PIN + salt + this browser's device key. */
export async function deriveDraftKey(
	pin: string,
	salt: Uint8Array,
	deviceKey: CryptoKey
): Promise<CryptoKey> {
	const bits = await derivePinBitsInWorker(pin, salt);
	try {
		return await combineWithDeviceKey(deviceKey, bits);
	} finally {
		new Uint8Array(bits).fill(0);
	}
}

/**
 * Ends the worker, e.g. when a citizen session ends, so no heap that saw a PIN outlives it. The
 * next derivation starts a fresh one.
 */
export function stopDeriveWorker(): void {
	worker?.terminate();
	worker = undefined;
	workerBroken = false;
	for (const { reject } of pending.values()) reject(new Error('key derivation stopped'));
	pending.clear();
}
