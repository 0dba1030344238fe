import type { Role } from '$lib/domain/roles';
import type { MessageKey } from '$lib/i18n/translate';
import { routes } from '$lib/routes';

export type StaffMe = {
	id: string;
	username: string;
	displayName: string;
	role: Role;
	accessPointId: string | null;
};

/** Who may open each staff page; the server checks the same roles on every call it makes. */
export const staffPages: ReadonlyArray<{
	href: string;
	label: MessageKey;
	roles: readonly Role[];
}> = [
	{ href: routes.volunteerStart, label: 'start.heading', roles: ['volunteer'] },
	{ href: routes.managerStart, label: 'start.heading', roles: ['manager'] },
	{ href: routes.adminStart, label: 'start.heading', roles: ['admin'] },
	{ href: routes.helpLog, label: 'helpLog.heading', roles: ['volunteer', 'manager', 'admin'] },
	// Settings of the PC in use, as its manager set them (read-only): whoever staffs the point sees them.
	{
		href: routes.deviceSettings,
		label: 'device.link',
		roles: ['volunteer', 'manager', 'admin']
	},
	{ href: routes.devices, label: 'devices.link', roles: ['manager', 'admin'] },
	{ href: routes.staffAccounts, label: 'accounts.heading', roles: ['manager', 'admin'] },
	{ href: routes.shifts, label: 'shifts.heading', roles: ['manager', 'admin'] },
	{ href: routes.officerInbox, label: 'officer.consoleLink', roles: ['officer', 'admin'] },
	{ href: routes.accessAudit, label: 'audit.link', roles: ['manager', 'admin'] },
	{ href: routes.dashboard, label: 'dashboard.link', roles: ['manager', 'officer', 'admin'] },
	{ href: routes.unitsAdmin, label: 'units.link', roles: ['admin'] },
	{ href: routes.calendarAdmin, label: 'calendar.link', roles: ['admin'] },
	{ href: routes.procedureAdmin, label: 'procAdmin.link', roles: ['admin'] },
	{ href: routes.officeAdmin, label: 'office.link', roles: ['admin'] },
	{ href: routes.feesAdmin, label: 'fees.link', roles: ['admin'] },
	{ href: routes.phonePrefixesAdmin, label: 'prefixes.link', roles: ['admin'] },
	{ href: routes.notificationsAdmin, label: 'notifyAdmin.link', roles: ['admin'] }
];

export const pagesFor = (role: Role) => staffPages.filter((page) => page.roles.includes(role));

/** Where each role lands after logging in: what it does today (an officer: the inbox). */
export const startPageOf = (role: Role): string =>
	({
		volunteer: routes.volunteerStart,
		officer: routes.officerInbox,
		manager: routes.managerStart,
		admin: routes.adminStart
	})[role];
