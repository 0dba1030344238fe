/**
 * Whether this browser has anything to sync: dossiers waiting to be sent, or sent ones whose
 * status may still change. Kept in localStorage so the app can tell without loading Dexie and
 * the tRPC client: a PC that never submitted a dossier does not load the sync code at all.
 */
const KEY = 'cunglam.sync';

export function hasSyncWork(): boolean {
	try {
		return localStorage.getItem(KEY) === '1';
	} catch {
		return false;
	}
}

export function setSyncWork(active: boolean): void {
	try {
		if (active) localStorage.setItem(KEY, '1');
		else localStorage.removeItem(KEY);
	} catch {
		// Storage refused (private mode): the loop then starts when a page needs it.
	}
}
