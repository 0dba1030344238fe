import { afterEach, describe, expect, it, vi } from 'vitest';
import { getOrCreateDeviceKey, type DeviceKeyStore } from './device-key';

function memoryStore(initial?: CryptoKey) {
	let stored = initial;
	const store = {
		puts: 0,
		get: async () => (stored ? structuredClone(stored) : undefined),
		put: async (key: CryptoKey) => {
			store.puts++;
			stored = structuredClone(key);
		}
	};
	return store;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('getOrCreateDeviceKey', () => {
	it('creates a non-extractable HMAC-SHA-256 signing key once, then returns the stored one', async () => {
		const store = memoryStore();
		const first = await getOrCreateDeviceKey(store);
		expect(first.extractable).toBe(false);
		expect(first.algorithm).toMatchObject({ name: 'HMAC', hash: { name: 'SHA-256' }, length: 256 });
		expect(first.usages).toEqual(['sign']);
		await expect(crypto.subtle.exportKey('raw', first)).rejects.toThrow();

		const again = await getOrCreateDeviceKey(store);
		expect(store.puts).toBe(1);
		// Same key material: both sign alike (a CryptoKey clone is a new object).
		const data = new TextEncoder().encode('x');
		expect(await crypto.subtle.sign('HMAC', again, data)).toEqual(
			await crypto.subtle.sign('HMAC', first, data)
		);
	});

	it('creates one key for concurrent callers in the same page', async () => {
		const store = memoryStore();
		await Promise.all([getOrCreateDeviceKey(store), getOrCreateDeviceKey(store)]);
		expect(store.puts).toBe(1);
	});

	it('uses the key another tab stored first when the store refuses to overwrite', async () => {
		const winner = await crypto.subtle.generateKey(
			{ name: 'HMAC', hash: 'SHA-256', length: 256 },
			false,
			['sign']
		);
		let reads = 0;
		const store: DeviceKeyStore = {
			// Empty on the first read, then the other tab's key is there.
			get: async () => (reads++ === 0 ? undefined : winner),
			put: async () => {
				throw new DOMException('Key already exists', 'ConstraintError');
			}
		};
		expect(await getOrCreateDeviceKey(store)).toBe(winner);
	});

	it('passes a store failure through when there is no key to fall back on', async () => {
		const store: DeviceKeyStore = {
			get: async () => undefined,
			put: async () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		await expect(getOrCreateDeviceKey(store)).rejects.toThrow('full');
	});

	it('holds a Web Lock across tabs where the browser has them', async () => {
		const names: string[] = [];
		vi.stubGlobal('navigator', {
			locks: {
				request: (name: string, callback: () => Promise<unknown>) => {
					names.push(name);
					return callback();
				}
			}
		});
		await getOrCreateDeviceKey(memoryStore());
		expect(names).toEqual(['cung-lam/device-key']);
	});
});
