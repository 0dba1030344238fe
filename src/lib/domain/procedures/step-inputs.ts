import type { Field, Step } from './field.schema';

/**
 * Issue 19, "one thing per page": a wizard step asks for at most this many inputs. GOV.UK asks
 * one question per page; a citizen filling a form at a shared PC loses their place on a long
 * page, so a step holds one short group (who you are, how we reach you, where you live).
 */
export const maxInputsPerStep = 6;

/**
 * The inputs one field puts on the page, as the wizard renders it: a person block is its boxes
 * (name, date of birth, ID unless not asked, sex unless fixed, relation when offered), an address
 * its province, commune and street; a document slot is one answer however it is given (a file or
 * the camera). Every other kind is one box, one list or one group of choices.
 */
export function inputsOfField(field: Field): number {
	switch (field.kind) {
		case 'person':
			return (
				2 +
				(field.personalId === 'none' ? 0 : 1) +
				(field.fixedSex ? 0 : 1) +
				(field.relationOptions ? 1 : 0)
			);
		case 'address':
			return 3;
		default:
			return 1;
	}
}

/**
 * The most inputs a step can show at once: every field counts, conditional ones too, because the
 * answers that reveal them are the citizen's to give and the limit must hold for every path.
 */
export function inputsOnStep(step: Step): number {
	return step.fields.reduce((sum, field) => sum + inputsOfField(field), 0);
}
