const storageKey = 'cunglam.device.accessPoint';

/**
 * The access point this PC belongs to, as the last staff member who logged in online here said;
 * not personal data. Kept in localStorage, beside the display preferences, so that the home page
 * can ask who is on duty without opening IndexedDB (the offline-unlock record keeps its own copy).
 */
export function readDeviceAccessPoint(): string | null {
	try {
		return localStorage.getItem(storageKey);
	} catch {
		return null;
	}
}

export function rememberDeviceAccessPoint(accessPointId: string): void {
	try {
		localStorage.setItem(storageKey, accessPointId);
	} catch {
		// Storage refused: the home page just does not show who is on duty.
	}
}
