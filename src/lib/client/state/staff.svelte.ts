import type { StaffIdentity } from '../staff/offline-unlock';

const KEY = 'cunglam.staff.offline';

function read(): StaffIdentity | null {
	try {
		const raw = sessionStorage.getItem(KEY);
		return raw ? (JSON.parse(raw) as StaffIdentity) : null;
	} catch {
		return null;
	}
}

/**
 * The staff member unlocked offline on this PC (no server session exists then). Kept for the
 * tab in sessionStorage — only an id, a name, a role and an access point — so that ending a
 * citizen's session, which reloads the page, does not make the volunteer unlock again.
 */
class OfflineStaff {
	user = $state.raw<StaffIdentity | null>(typeof sessionStorage === 'undefined' ? null : read());

	set(user: StaffIdentity | null): void {
		this.user = user;
		try {
			if (user) sessionStorage.setItem(KEY, JSON.stringify(user));
			else sessionStorage.removeItem(KEY);
		} catch {
			// Storage refused: the unlock lasts until the next reload.
		}
	}
}

export const offlineStaff = new OfflineStaff();
