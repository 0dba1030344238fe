import { describe, expect, it } from 'vitest';
import {
	countOutcomes,
	recordEdit,
	recordRung,
	recordTime,
	stepOutcome,
	summarizeSteps,
	type Attribution
} from './attribution';
import { coachingRecordSchema, ratingSchema } from './coaching-record';
import { sessionSummary, summaryHeadline } from './summary';

function journey(): Attribution {
	let a: Attribution = {};
	// Step 1: the citizen alone.
	a = recordEdit(a, 'requester', 'fullName', 'citizen');
	a = recordTime(a, 'requester', 42_000);
	// Step 2: after "Gợi ý" then "Giải thích".
	a = recordRung(a, 'child', 'hint');
	a = recordRung(a, 'child', 'explain');
	a = recordEdit(a, 'child', 'person', 'citizen');
	a = recordTime(a, 'child', 30_000);
	a = recordTime(a, 'child', 5_000);
	// Step 3: "Làm giúp" on one field.
	a = recordRung(a, 'documents', 'hint');
	a = recordEdit(a, 'documents', 'hasBirthCertificate', 'citizen');
	a = recordEdit(a, 'documents', 'birthCertificate', 'volunteer');
	return a;
}

describe('attribution', () => {
	it('keeps, per field, the highest rung used before the citizen filled it', () => {
		const a = journey();
		expect(a.child!.fields.person).toEqual({ by: 'citizen', afterRung: 'explain' });
		expect(a.requester!.fields.fullName).toEqual({ by: 'citizen', afterRung: null });
		expect(a.documents!.fields.birthCertificate).toEqual({ by: 'volunteer' });
		expect(a.child!.ms).toBe(35_000);
	});

	it('gives each step one outcome: the take-over wins, then the highest rung', () => {
		const a = journey();
		expect(stepOutcome(a.requester)).toBe('alone');
		expect(stepOutcome(a.child)).toBe('explain');
		expect(stepOutcome(a.documents)).toBe('volunteer');
		expect(stepOutcome(undefined)).toBe('alone');
		// The citizen typing over the volunteer's entry makes the field the citizen's again.
		const back = recordEdit(a, 'documents', 'birthCertificate', 'citizen');
		expect(stepOutcome(back.documents)).toBe('hint');
	});

	it('summarises steps without any answer, and counts outcomes', () => {
		const steps = summarizeSteps(['requester', 'child', 'documents', 'delivery'], journey());
		expect(steps[1]).toEqual({
			stepId: 'child',
			outcome: 'explain',
			ms: 35_000,
			hints: 1,
			explanations: 1,
			demonstrations: 0,
			fieldsByVolunteer: 0
		});
		expect(countOutcomes(steps)).toEqual({
			alone: 2,
			hint: 0,
			explain: 1,
			demonstrate: 0,
			volunteer: 1
		});
		expect(JSON.stringify(steps)).not.toContain('fullName');
	});

	it('words the summary: done alone, and what to try next, least help first', () => {
		const steps = summarizeSteps(['requester', 'child', 'documents', 'delivery'], journey());
		const summary = sessionSummary(steps, (id) => ({ vi: `Bước ${id}`, en: id }));
		expect(summaryHeadline(summary.alone, summary.total).vi).toBe('Ông/Bà đã tự làm 2 trên 4 bước');
		expect(summary.doneAlone.map((t) => t.en)).toEqual(['requester', 'delivery']);
		expect(summary.tryNext.map((t) => t.en)).toEqual(['child', 'documents']);
	});

	it('accepts a coaching record with no personal data and refuses anything else', () => {
		const record = {
			id: crypto.randomUUID(),
			accessPointId: crypto.randomUUID(),
			volunteerId: crypto.randomUUID(),
			procedureId: 'dang-ky-khai-sinh',
			procedureVersion: 1,
			practice: false,
			startedAt: '2026-11-22T02:00:00.000Z',
			endedAt: '2026-11-22T02:20:00.000Z',
			steps: summarizeSteps(['requester'], journey())
		};
		expect(coachingRecordSchema.safeParse(record).success).toBe(true);
		expect(coachingRecordSchema.safeParse({ ...record, citizenName: 'Lan' }).success).toBe(false);
	});

	it('takes a rating with at most three criteria', () => {
		const rating = {
			id: crypto.randomUUID(),
			accessPointId: crypto.randomUUID(),
			overall: 'very_satisfied',
			criteria: { staff_attitude: 2, online_service: 1 },
			at: '2026-11-22T02:21:00.000Z'
		};
		expect(ratingSchema.safeParse(rating).success).toBe(true);
		const four = { total_time: 2, contacts: 2, agencies: 1, publication: 0 };
		expect(ratingSchema.safeParse({ ...rating, criteria: four }).success).toBe(false);
	});
});
