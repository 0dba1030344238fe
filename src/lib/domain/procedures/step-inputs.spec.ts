import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsDir } from '$testing/procedures/catalogue';
import type { Field, Step } from './field.schema';
import { procedureDefinitionSchema } from './procedure.schema';
import { inputsOfField, inputsOnStep, maxInputsPerStep } from './step-inputs';

const text = { vi: 'Nhãn', en: 'Label' };
const base = { label: text, help: text, coaching: text, required: true } as const;
const person = (extra: Partial<Extract<Field, { kind: 'person' }>> = {}): Field => ({
	...base,
	id: 'person',
	kind: 'person',
	...extra
});
const step = (fields: Field[]): Step => ({ id: 'requester', title: text, fields });

describe('inputsOfField', () => {
	it('counts a person block by the boxes the wizard shows', () => {
		expect(inputsOfField(person())).toBe(4); // name, date of birth, ID, sex
		expect(inputsOfField(person({ fixedSex: 'female' }))).toBe(3);
		expect(inputsOfField(person({ personalId: 'none', fixedSex: 'male' }))).toBe(2);
		expect(inputsOfField(person({ relationOptions: [{ value: 'mother', label: text }] }))).toBe(5);
	});

	it('counts an address as province, commune and street, anything else as one', () => {
		expect(inputsOfField({ ...base, id: 'address', kind: 'address' })).toBe(3);
		expect(inputsOfField({ ...base, id: 'phone', kind: 'phone' })).toBe(1);
		expect(inputsOfField({ ...base, id: 'scan', kind: 'document', slot: 'scan' })).toBe(1);
	});
});

describe('inputsOnStep', () => {
	it('adds up every field, conditional ones too', () => {
		const fields: Field[] = [
			person({ relationOptions: [{ value: 'mother', label: text }] }),
			{ ...base, id: 'phone', kind: 'phone' },
			{ ...base, id: 'email', kind: 'email', required: false },
			{ ...base, id: 'address', kind: 'address', showIf: { field: 'phone', isFilled: true } }
		];
		// The birth registration's first step before issue 19: ten inputs on one page.
		expect(inputsOnStep(step(fields))).toBe(10);
	});
});

describe('shipped documents', () => {
	const files = readdirSync(documentsDir).filter((name) => name.endsWith('.json'));

	it.each(files)(`%s asks for at most ${maxInputsPerStep} inputs on each step`, (file) => {
		const definition = procedureDefinitionSchema.parse(
			JSON.parse(readFileSync(documentsDir + file, 'utf8'))
		);
		const crowded = definition.steps
			.filter((s) => inputsOnStep(s) > maxInputsPerStep)
			.map((s) => `${s.id}: ${inputsOnStep(s)}`);
		expect(crowded).toEqual([]);
	});
});
