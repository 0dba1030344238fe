/**
 * How a dossier reached the office (issue 9's "by channel"): filed at home alone, at an access
 * point alone, or at an access point with a volunteer coaching. Derived once, on accept, from
 * what the submitting device said: its access point, and the coaching record it queued.
 */
export const dossierChannels = ['home', 'point_alone', 'point_volunteer'] as const;
export type DossierChannel = (typeof dossierChannels)[number];

export function channelOf(from: {
	accessPointId?: string | null;
	coachingRecordId?: string | null;
}): DossierChannel {
	if (from.coachingRecordId) return 'point_volunteer';
	if (from.accessPointId) return 'point_alone';
	return 'home';
}
