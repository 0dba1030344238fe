import { afterEach, describe, expect, it } from 'vitest';
import { getProcedure } from '$testing/procedures/catalogue';
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
