import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openJson, sealJson } from './cipher';
import {
	deriveBitsOffThread,
	deriveDraftKey,
	derivePinBitsInWorker,
	stopDeriveWorker
} from './derive-in-worker';
import { combineWithDeviceKey, derivePinBits, newSalt, pbkdf2Bits } from './pin-key';
import { fastIterations, newDeviceKey } from '$testing/client/vault-keys';

// The worker's global scope, faked so that the real pin-key.worker.ts runs in Node.
type Scope = EventTarget & {
	postMessage: (data: unknown, options?: StructuredSerializeOptions) => void;
};
const scope = new EventTarget() as Scope;
const transfers: unknown[] = [];

class FakeWorker extends EventTarget {
	static created: FakeWorker[] = [];
	constructor(
		readonly url: URL,
		readonly options: WorkerOptions
	) {
		super();
		FakeWorker.created.push(this);
	}
	postMessage(data: unknown): void {
		const copy = structuredClone(data);
		setTimeout(() => scope.dispatchEvent(new MessageEvent('message', { data: copy })));
	}
	terminate(): void {}
}

/** A worker whose script never loads: the browser fires `error` on it. */
class BrokenWorker extends FakeWorker {
	override postMessage(): void {
		setTimeout(() => this.dispatchEvent(new Event('error')));
	}
}

beforeAll(async () => {
	scope.postMessage = (data, options) => {
		transfers.push(...(options?.transfer ?? []));
		const copy = structuredClone(data, options);
		setTimeout(() =>
			FakeWorker.created.at(-1)?.dispatchEvent(new MessageEvent('message', { data: copy }))
		);
	};
	// Not vi.stubGlobal: afterEach unstubs those, and the worker needs `self` for the whole file.
	Object.assign(globalThis, { self: scope });
	await import('./pin-key.worker');
});

afterAll(() => {
	Reflect.deleteProperty(globalThis, 'self');
});

afterEach(() => {
	stopDeriveWorker();
	vi.unstubAllGlobals();
	FakeWorker.created = [];
	transfers.length = 0;
});

describe('without Worker (Node, old browsers)', () => {
	it('derives on the calling thread, like derivePinBits', async () => {
		expect(typeof Worker).toBe('undefined');
		const salt = newSalt();
		expect(await deriveBitsOffThread('1234', salt, 256, fastIterations)).toEqual(
			await derivePinBits('1234', salt, fastIterations)
		);
	});

	it('derives a draft key with the real 600,000 iterations', async () => {
		const salt = newSalt();
		const deviceKey = await newDeviceKey();
		const started = performance.now();
		const key = await deriveDraftKey('482915', salt, deviceKey);
		const elapsed = performance.now() - started;
		// The same key as the two steps done by hand at 600,000 iterations.
		const byHand = await combineWithDeviceKey(deviceKey, await derivePinBits('482915', salt));
		const sealed = await sealJson(key, { ok: true }, 'draft:x');
		expect(await openJson(byHand, sealed, 'draft:x')).toEqual({ ok: true });
		// Far more than a handful of iterations would take (~110 ms here, STACK.md trap 13).
		expect(elapsed).toBeGreaterThan(20);
	});
});

describe('with a Worker', () => {
	it('runs in one module worker, reused, and transfers the bits back', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const salt = newSalt();
		const [a, b] = await Promise.all([
			deriveBitsOffThread('1234', salt, 256, fastIterations),
			deriveBitsOffThread('5678', salt, 512, fastIterations)
		]);
		expect(FakeWorker.created).toHaveLength(1);
		expect(FakeWorker.created[0]!.options).toEqual({ type: 'module' });
		expect(FakeWorker.created[0]!.url.pathname).toMatch(/pin-key\.worker\.ts$/);
		expect(a).toEqual(await pbkdf2Bits('1234', salt, fastIterations, 256));
		expect(b).toEqual(await pbkdf2Bits('5678', salt, fastIterations, 512));
		expect(transfers).toHaveLength(2);
	});

	it('derives PIN bits with the real 600,000 iterations', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		const salt = newSalt();
		expect(await derivePinBitsInWorker('0042', salt)).toEqual(await derivePinBits('0042', salt));
	});

	it('rejects when the derivation fails in the worker', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		await expect(deriveBitsOffThread('1234', newSalt(), 256, 0)).rejects.toThrow(/RangeError/);
	});

	it('refuses a malformed PIN before posting anything', async () => {
		vi.stubGlobal('Worker', FakeWorker);
		await expect(derivePinBitsInWorker('12345678', newSalt())).rejects.toThrow(RangeError);
		expect(FakeWorker.created).toHaveLength(0);
	});

	it('falls back to the calling thread when the worker script fails to load', async () => {
		vi.stubGlobal('Worker', BrokenWorker);
		const salt = newSalt();
		expect(await deriveBitsOffThread('1234', salt, 256, fastIterations)).toEqual(
			await derivePinBits('1234', salt, fastIterations)
		);
		// And does not try again until stopDeriveWorker.
		await deriveBitsOffThread('1234', salt, 256, fastIterations);
		expect(FakeWorker.created).toHaveLength(1);
	});
});
