/** A dossier's statuses on the server (UI-TERMS "Dossier status"); "overdue" is derived. */
export const dossierStatuses = [
	'received',
	'processing',
	'needs_supplement',
	'rejected',
	'result_ready',
	'delivered'
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

/** On a device a dossier may also still be waiting to be sent: "Chờ gửi". */
export type DeviceDossierStatus = 'pending' | DossierStatus;
