import { describe, expect, it } from 'vitest';
import { recordEdit, recordRung, recordTime } from './attribution';
import { readCoachingSnapshot, type CoachingSnapshot } from './coaching-snapshot';

const snapshot = (): CoachingSnapshot => {
	let attribution = recordRung({}, 'child', 'explain');
	attribution = recordEdit(attribution, 'child', 'name', 'citizen');
	attribution = recordEdit(attribution, 'parents', 'mother', 'volunteer');
	attribution = recordTime(attribution, 'child', 4_200);
	return {
		coach: {
			id: '5b1f4a1e-3c2d-4e5f-8a9b-0c1d2e3f4a5b',
			displayName: 'Tình nguyện viên',
			accessPointId: '6c2f4a1e-3c2d-4e5f-8a9b-0c1d2e3f4a5b'
		},
		procedure: { id: 'birth-registration', version: 1 },
		startedAt: '2026-12-02T02:00:00.000Z',
		attribution,
		skillCard: '7QX2M9KA'
	};
};

describe('coaching snapshot kept with the draft', () => {
	it('reads back what was sealed, through JSON', () => {
		const original = snapshot();
		expect(readCoachingSnapshot(JSON.parse(JSON.stringify(original)))).toEqual(original);
	});

	it('drops a damaged or foreign snapshot instead of failing the draft', () => {
		expect(readCoachingSnapshot(undefined)).toBeUndefined();
		expect(readCoachingSnapshot({ ...snapshot(), coach: { id: 'x' } })).toBeUndefined();
		// Answers must never ride along: the schema is strict.
		expect(
			readCoachingSnapshot({ ...snapshot(), answers: { name: 'Nguyễn Văn A' } })
		).toBeUndefined();
	});
});
