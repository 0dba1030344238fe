/**
 * The few shipped procedures that, between them, show every field of law, every field kind and
 * every way a field or step appears conditionally: what the browser walk of `npm test` goes
 * through. The walk of all of them runs with `npm run walk` (about twice as long on CI).
 * A document that brings something new (a field kind, a field of law) joins the set by itself.
 */
import type { ProcedureDefinition } from '../../lib/domain/procedures/procedure.schema';

/** What the wizard renders differently: the features a walk must have seen once. */
export function walkFeatures(definition: ProcedureDefinition): Set<string> {
	const features = new Set([`field-of-law:${definition.field}`]);
	for (const step of definition.steps) {
		if (step.showIf) features.add('step-shown-if');
		for (const field of step.fields) {
			features.add(`kind:${field.kind}`);
			if (field.showIf) features.add(`shown-if:${field.kind}`);
			if (typeof field.required !== 'boolean') features.add('required-if');
		}
	}
	return features;
}

/** A greedy cover: each pick adds the most features not yet seen (the earlier file on a tie). */
export function representativeProcedures(
	definitions: readonly ProcedureDefinition[]
): ProcedureDefinition[] {
	const featuresOf = new Map(definitions.map((d) => [d, walkFeatures(d)]));
	const seen = new Set<string>();
	const chosen: ProcedureDefinition[] = [];
	for (;;) {
		let best: ProcedureDefinition | undefined;
		let bestGain = 0;
		for (const [definition, features] of featuresOf) {
			const gain = [...features].filter((f) => !seen.has(f)).length;
			if (gain > bestGain) [best, bestGain] = [definition, gain];
		}
		if (!best) return chosen;
		chosen.push(best);
		for (const f of featuresOf.get(best)!) seen.add(f);
		featuresOf.delete(best);
	}
}
