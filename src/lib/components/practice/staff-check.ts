import { whoAmI } from '$lib/client/auth/auth.service';
import { offlineStaff } from '$lib/client/state/staff.svelte';

/** Staff who may start a group exercise (the roles of practice.create). */
const facilitatorRoles = ['volunteer', 'manager', 'admin'];

/** Whether someone who may facilitate is logged in on this PC; false when it cannot be told. */
export async function facilitatorLoggedIn(): Promise<boolean> {
	const offline = offlineStaff.user;
	if (offline) return facilitatorRoles.includes(offline.role);
	if (!navigator.onLine) return false;
	try {
		const user = await whoAmI();
		return !!user && facilitatorRoles.includes(user.role);
	} catch {
		return false;
	}
}
