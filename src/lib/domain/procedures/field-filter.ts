import { foldVietnamese } from '../text/normalize';
import { fieldOfLawNames, type FieldOfLaw } from './procedure-labels';
import type { ProcedureDefinition } from './procedure.schema';

/** The URL parameter that keeps the catalogue's field of law (`/thu-tuc?linh-vuc=ho-tich`). */
export const fieldParam = 'linh-vuc';

const fieldKeys = Object.keys(fieldOfLawNames) as FieldOfLaw[];

/** A field's name in the address, from its Vietnamese name: "Hộ tịch" → "ho-tich". */
export const fieldOfLawSlug = (field: FieldOfLaw): string =>
	foldVietnamese(fieldOfLawNames[field].vi).replaceAll(' ', '-');

/** The fields that have at least one procedure, in the order of `fieldOfLawNames`. */
export function fieldsPresent(procedures: readonly ProcedureDefinition[]): FieldOfLaw[] {
	const present = new Set<string>(procedures.map((p) => p.field));
	return fieldKeys.filter((field) => present.has(field));
}

/**
 * The field an address asks for, by its slug or its key, when the catalogue has it; otherwise
 * none (every procedure): an old bookmark or a field with no procedure left never shows nothing.
 */
export function fieldFromParam(
	value: string | null | undefined,
	present: readonly FieldOfLaw[]
): FieldOfLaw | undefined {
	if (!value) return undefined;
	const wanted = value.trim().toLowerCase();
	return present.find((field) => field === wanted || fieldOfLawSlug(field) === wanted);
}
