import type { Answers } from './answers';
import { holds } from './condition';
import type { Field, Step } from './field.schema';
import type { ProcedureDefinition } from './procedure.schema';

export type VisibleStep = { step: Step; fields: Field[] };

export type Visibility = {
	steps: VisibleStep[];
	/** The answers of visible fields only; unknown steps and fields are dropped too. */
	answers: Answers;
};

function keep(answers: Answers, visible: VisibleStep[]): Answers {
	const kept: Answers = {};
	for (const { step, fields } of visible) {
		const given = answers[step.id];
		if (!given) continue;
		const values: Record<string, unknown> = {};
		for (const field of fields) {
			if (Object.hasOwn(given, field.id)) values[field.id] = given[field.id];
		}
		kept[step.id] = values;
	}
	return kept;
}

function visibleWith(definition: ProcedureDefinition, answers: Answers): VisibleStep[] {
	return definition.steps
		.filter((step) => step.showIf === undefined || holds(step.showIf, answers, step.id))
		.map((step) => ({
			step,
			fields: step.fields.filter(
				(field) => field.showIf === undefined || holds(field.showIf, answers, step.id)
			)
		}));
}

const signature = (visible: VisibleStep[]) =>
	visible.map(({ step, fields }) => `${step.id}:${fields.map((f) => f.id).join(',')}`).join('|');

/**
 * Which steps and fields are shown. An answer in a hidden field must not keep another field
 * visible (a changed mind leaves stale answers behind), so conditions are re-evaluated on the
 * pruned answers until nothing changes; the number of rounds is bounded by the field count.
 */
export function computeVisibility(definition: ProcedureDefinition, answers: Answers): Visibility {
	let visible = visibleWith(definition, answers);
	let pruned = keep(answers, visible);
	const rounds = definition.steps.reduce((sum, step) => sum + step.fields.length, 1);
	for (let round = 0; round < rounds; round += 1) {
		const next = visibleWith(definition, pruned);
		if (signature(next) === signature(visible)) break;
		visible = next;
		pruned = keep(answers, visible);
	}
	return { steps: visible, answers: pruned };
}
