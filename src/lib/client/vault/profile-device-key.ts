import { cungLamDb } from '../db';
import { getOrCreateDeviceKey } from './device-key';

/** This browser profile's device key, kept in the app's IndexedDB settings. */
const deviceKeyStore = {
	get: async () => (await cungLamDb().settings.get('deviceKey'))?.value as CryptoKey | undefined,
	put: async (key: CryptoKey) =>
		void (await cungLamDb().settings.put({ key: 'deviceKey', value: key }))
};

export const profileDeviceKey = () => getOrCreateDeviceKey(deviceKeyStore);
