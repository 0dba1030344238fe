import { afterEach, describe, expect, it } from 'vitest';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { getProcedure, procedures } from '$testing/procedures/catalogue';
import { deviceReference } from '../reference-data/device-reference.svelte';
import { WizardState } from './wizard-state.svelte';

const temporaryResidence = getProcedure('dang-ky-tam-tru')!;
const phoneCodes = (wizard: WizardState) =>
	wizard.issuesFor('requester', 'phone').map((item) => item.issue.code);

describe('the wizard’s phone check', () => {
	afterEach(() => (deviceReference.current = null));

	it('uses the prefixes this device last synced, the shipped ones before the first sync', () => {
		const wizard = new WizardState(temporaryResidence, { requester: { phone: '050 123 4567' } });
		wizard.checkStep('requester');
		expect(phoneCodes(wizard)).toEqual(['phone_unknown_prefix']);

		deviceReference.current = {
			office: { name: 'Ủy ban nhân dân phường Ba Đình' },
			fees: null,
			phonePrefixes: { current: ['050', '090'], retired: {} }
		};
		wizard.checkStep('requester');
		expect(phoneCodes(wizard)).toEqual([]);
	});
});

describe('the steps shown', () => {
	it('stay the same array while typing, and change when an answer shows a field', () => {
		// The first shipped procedure with a field that one answer shows.
		const shows = (definition: ProcedureDefinition) =>
			definition.steps
				.flatMap((step) => step.fields)
				.find((field) => field.showIf && 'equals' in field.showIf);
		const definition = procedures.find(shows)!;
		const conditional = { field: shows(definition)! };
		const wizard = new WizardState(definition);
		const before = wizard.steps;
		const typedInto = definition.steps[0]!;
		const text = typedInto.fields.find((field) => field.kind === 'text' || field.kind === 'phone');
		wizard.setValue(typedInto.id, text?.id ?? 'typed', 'N');
		wizard.setValue(typedInto.id, text?.id ?? 'typed', 'Ng');
		expect(wizard.steps).toBe(before);

		const { showIf } = conditional.field as { showIf: { field: string; equals: unknown } };
		// "step.field", or a field of the same step.
		const home = definition.steps.find((step) => step.fields.includes(conditional.field))!;
		const [stepId, fieldId] = showIf.field.includes('.')
			? (showIf.field.split('.') as [string, string])
			: [home.id, showIf.field];
		wizard.setValue(stepId, fieldId, showIf.equals);
		expect(wizard.steps).not.toBe(before);
		expect(wizard.steps.flatMap((s) => s.fields)).toContain(conditional.field);
	});
});
