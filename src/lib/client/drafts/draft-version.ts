import type { ProcedureCatalogue } from '$lib/domain/procedures/catalogue';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import type { IsoDate } from '$lib/domain/validation/dates';

/**
 * How a draft opens, given the version it was begun on (issue 16):
 * - `current`: that version is in effect; as always;
 * - `grace`: a newer version is in effect, but this draft is finished and sent under its own
 *   version until `graceUntil`;
 * - `carry`: past that day (or its version is no longer known here): the draft moves to the
 *   version in effect, its answers carried over where the fields still exist;
 * - `gone`: the procedure is no longer offered.
 */
export type DraftOpening =
	| { kind: 'current'; definition: ProcedureDefinition }
	| { kind: 'grace'; definition: ProcedureDefinition; graceUntil?: IsoDate }
	| { kind: 'carry'; from?: ProcedureDefinition; definition: ProcedureDefinition }
	| { kind: 'gone' };

export function draftOpening(
	catalogue: ProcedureCatalogue,
	procedureId: string,
	procedureVersion: number
): DraftOpening {
	const state = catalogue.draftVersion(procedureId, procedureVersion);
	switch (state.kind) {
		case 'current':
			return { kind: 'current', definition: state.definition };
		case 'grace':
			return {
				kind: 'grace',
				definition: state.definition,
				...(state.graceUntil === undefined ? {} : { graceUntil: state.graceUntil })
			};
		case 'expired':
			return {
				kind: 'carry',
				from: catalogue.get(procedureId, procedureVersion),
				definition: state.latest
			};
		case 'unknown': {
			// A version this device never kept (a draft brought from home, begun on a version
			// the server stopped serving): carry to the version in effect if there is one.
			const latest = catalogue.get(procedureId);
			return latest ? { kind: 'carry', definition: latest } : { kind: 'gone' };
		}
	}
}
