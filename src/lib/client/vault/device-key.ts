/**
 * One secret per browser profile that never leaves it: a non-extractable HMAC key, stored as a
 * CryptoKey object (IndexedDB keeps it structured-cloned, the raw bytes stay unreadable to any
 * script). Mixed into every draft key, it makes ciphertext copied off the PC useless to someone
 * who guesses PINs offline.
 *
 * Key lifetime in this folder: keys live only in memory, held by the caller; nothing here writes
 * a key anywhere except this device key, through the store the caller injects.
 */

export type DeviceKeyStore = {
	get(): Promise<CryptoKey | undefined>;
	put(key: CryptoKey): Promise<void>;
};

const lockName = 'cung-lam/device-key';

// Calls in this page that arrive while a key is being created wait for that same key.
const inFlight = new WeakMap<DeviceKeyStore, Promise<CryptoKey>>();

async function readOrCreate(store: DeviceKeyStore): Promise<CryptoKey> {
	const existing = await store.get();
	if (existing) return existing;
	const created = await crypto.subtle.generateKey(
		{ name: 'HMAC', hash: 'SHA-256', length: 256 },
		false,
		['sign']
	);
	try {
		await store.put(created);
	} catch (error) {
		// A store that refuses to overwrite (IndexedDB add) lost a race: the winner's key counts.
		const winner = await store.get();
		if (winner) return winner;
		throw error;
	}
	// Read back so that, whatever the store does on a race, drafts use the key that stays stored.
	return (await store.get()) ?? created;
}

/**
 * The device key, created on first use. Two tabs creating it at once would each seal drafts
 * under a different key and one set would become unreadable, so creation holds a Web Lock (all
 * tabs of the profile) where the browser has them.
 */
export function getOrCreateDeviceKey(store: DeviceKeyStore): Promise<CryptoKey> {
	const running = inFlight.get(store);
	if (running) return running;
	const locks = globalThis.navigator?.locks;
	const task = locks ? locks.request(lockName, () => readOrCreate(store)) : readOrCreate(store);
	const settled = task.finally(() => inFlight.delete(store));
	inFlight.set(store, settled);
	return settled;
}
