import type { FactSource, ProcedureDefinition } from './procedure.schema';

/** True when `fact` is `path` or lies inside it (`fee.rules[0]` lies inside `fee`). */
const covers = (path: string, fact: string) =>
	fact === path || fact.startsWith(`${path}.`) || fact.startsWith(`${path}[`);

/**
 * The source that speaks for a fact of the document: the most precise one listed for it or for
 * a part that contains it. `undefined` when the document says nothing about where it comes from.
 */
export function sourceOf(definition: ProcedureDefinition, fact: string): FactSource | undefined {
	return (definition.sources ?? [])
		.filter((source) => covers(source.fact, fact))
		.sort((a, b) => b.fact.length - a.fact.length)[0];
}

/**
 * A fact is shown as unconfirmed when the document marks it (or a part containing it, or a part
 * inside it) as not verified: a fee whose amount is unchecked is an unchecked fee.
 */
export function isUnverified(definition: ProcedureDefinition, fact: string): boolean {
	return (definition.sources ?? []).some(
		(source) => !source.verified && (covers(source.fact, fact) || covers(fact, source.fact))
	);
}
