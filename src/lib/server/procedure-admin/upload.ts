import { diffProcedures, type ProcedureChange } from '$lib/domain/procedures/procedure-diff';
import type { LocalizedText } from '$lib/domain/validation/issue';
import { decodeBase64 } from '../base64';
import type { Database } from '../db/client';
import {
	DOCUMENT_FILE_MAX_BYTES,
	fileProblems,
	readDocumentFile,
	type FileProblem
} from '../procedures/document-files';
import { saveDrafts } from '../procedures/procedure-publishing';
import { procedureCatalogue } from '../procedures/procedure-store';

export type UploadResult =
	| {
			ok: true;
			drafts: { id: string; version: number; name: LocalizedText; changes: ProcedureChange[] }[];
			unchanged: string[];
	  }
	| { ok: false; problems: FileProblem[] };

/**
 * An administrator's upload: a .json document (or an array of them) or an .xlsx workbook. Its
 * size is refused before it is decoded; valid new versions become drafts, all or nothing, each
 * with what changed from the version in effect.
 */
export async function uploadProcedureFile(
	db: Database,
	by: string,
	input: { fileName: string; contentBase64: string },
	now: Date = new Date()
): Promise<UploadResult> {
	const bytes = decodeBase64(input.contentBase64, DOCUMENT_FILE_MAX_BYTES);
	const reading = await readDocumentFile(input.fileName, bytes);
	if (!reading.ok) return reading;
	const sources = reading.documents;
	const outcome = await saveDrafts(
		db,
		sources.map((source) => source.raw),
		{ by, now }
	);
	if (!outcome.ok) return { ok: false, problems: fileProblems(sources, outcome.problems) };
	const catalogue = await procedureCatalogue(db);
	return {
		ok: true,
		drafts: outcome.drafts.map((document) => ({
			id: document.id,
			version: document.version,
			name: document.name,
			changes: diffProcedures(catalogue.get(document.id), document)
		})),
		unchanged: outcome.unchanged.map(({ id, version }) => `${id} v${version}`)
	};
}
