import { describe, expect, it } from 'vitest';
import { channelOf } from './channel';

describe('dossier channel', () => {
	it('tells home, an access point alone, and a coached session apart', () => {
		expect(channelOf({})).toBe('home');
		expect(channelOf({ accessPointId: 'p' })).toBe('point_alone');
		expect(channelOf({ accessPointId: 'p', coachingRecordId: 'r' })).toBe('point_volunteer');
		// A coached session is at an access point even if the PC forgot which one.
		expect(channelOf({ coachingRecordId: 'r' })).toBe('point_volunteer');
	});
});
