import type { LocalizedText } from '$lib/domain/validation/issue';
import {
	procedureDefinitionSchema,
	type ProcedureDefinition
} from '$lib/domain/procedures/procedure.schema';

export type DocumentProblem = { path: string; message: LocalizedText };

/** `steps[2].fields[4].showIf.field` from zod's path. */
const pathText = (path: readonly PropertyKey[]) =>
	path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`
		)
		.join('');

/** STOPGAP until docschema's validateProcedureDocument is merged: the schema alone. */
export function checkProcedureDocument(
	raw: unknown
): { ok: true; document: ProcedureDefinition } | { ok: false; problems: DocumentProblem[] } {
	const parsed = procedureDefinitionSchema.safeParse(raw);
	if (parsed.success) return { ok: true, document: parsed.data };
	return {
		ok: false,
		problems: parsed.error.issues.map((issue) => ({
			path: pathText(issue.path),
			message: { vi: issue.message, en: issue.message }
		}))
	};
}
