import { describe, expect, it } from 'vitest';
import { birthRegistration } from '$testing/procedures/catalogue';
import type { Answers } from './answers';
import { carryAnswers } from './carry-answers';
import type { ProcedureDefinition } from './procedure.schema';

const next = (change: (d: ProcedureDefinition) => void): ProcedureDefinition => {
	const definition = structuredClone(birthRegistration);
	definition.version += 1;
	change(definition);
	return definition;
};

describe('carryAnswers', () => {
	const answers = structuredClone(birthRegistration.sampleCase!) as Answers;

	it('keeps every answer when the fields are the same', () => {
		const to = next(() => {});
		expect(carryAnswers(birthRegistration, to, answers)).toEqual({ answers, dropped: [] });
	});

	it('drops answers to fields that are gone or changed kind, and keeps the rest', () => {
		const to = next((d) => {
			const child = d.steps.find((s) => s.id === 'child')!;
			child.fields = child.fields.filter((f) => f.id !== 'hometown');
			const place = child.fields.find((f) => f.id === 'placeOfBirth')!;
			Object.assign(place, { kind: 'long_text' });
		});
		const carried = carryAnswers(birthRegistration, to, answers);
		expect(carried.dropped).toEqual([
			{ stepId: 'child', fieldId: 'placeOfBirth' },
			{ stepId: 'child', fieldId: 'hometown' }
		]);
		expect(carried.answers.child).not.toHaveProperty('hometown');
		expect(carried.answers.child?.fullName).toBe(answers.child?.fullName);
		expect(carried.answers.parents).toEqual(answers.parents);
	});

	it('drops answers to steps and fields the old version did not know', () => {
		const carried = carryAnswers(
			birthRegistration,
			next(() => {}),
			{
				...answers,
				ghost: { x: 1 },
				child: { ...answers.child, shoeSize: '40' }
			}
		);
		expect(carried.dropped).toEqual([
			{ stepId: 'child', fieldId: 'shoeSize' },
			{ stepId: 'ghost', fieldId: 'x' }
		]);
	});

	it('copies, so that editing the carried answers leaves the draft alone', () => {
		const carried = carryAnswers(
			birthRegistration,
			next(() => {}),
			answers
		);
		(carried.answers.parents!.mother as { fullName: string }).fullName = 'X';
		expect((answers.parents!.mother as { fullName: string }).fullName).not.toBe('X');
	});
});
