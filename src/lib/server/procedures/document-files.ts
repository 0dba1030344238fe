import type { LocalizedText } from '$lib/domain/validation/issue';
import type { DocumentSetProblem } from './procedure-publishing';
import { readProcedureWorkbook } from './spreadsheet/read-workbook';
import { DOCUMENT_FILE_MAX_BYTES } from '$lib/domain/procedures/document-file-limit';

/** A problem as the import command and the administrator's screen report it. */
export type FileProblem = { file: string; where: string; message: LocalizedText };

/** A document read from a file, not yet validated, and how to name a place in it. */
export type DocumentSource = { file: string; raw: unknown; locate(path: string): string };

export type FileReading =
	{ ok: true; documents: DocumentSource[] } | { ok: false; problems: FileProblem[] };

export { DOCUMENT_FILE_MAX_BYTES };

const kindOf = (file: string) => {
	const name = file.toLowerCase();
	return name.endsWith('.json') ? 'json' : name.endsWith('.xlsx') ? 'xlsx' : undefined;
};

export const isDocumentFile = (file: string) => kindOf(file) !== undefined;

/**
 * A .json file (one document, or an array of documents) or an .xlsx workbook in the spreadsheet
 * layout, read into documents. A JSON path inside an array is named with its index first.
 */
export async function readDocumentFile(file: string, bytes: Uint8Array): Promise<FileReading> {
	const fail = (where: string, message: LocalizedText): FileReading => ({
		ok: false,
		problems: [{ file, where, message }]
	});
	if (bytes.byteLength > DOCUMENT_FILE_MAX_BYTES) {
		return fail('', {
			vi: 'Tệp lớn hơn 10 MB.',
			en: 'The file is larger than 10 MB.'
		});
	}
	const kind = kindOf(file);
	if (kind === 'xlsx') {
		const reading = await readProcedureWorkbook(bytes);
		if (!reading.ok) return { ok: false, problems: reading.problems.map((p) => ({ file, ...p })) };
		return { ok: true, documents: [{ file, raw: reading.document, locate: reading.locate }] };
	}
	if (kind !== 'json') {
		return fail('', {
			vi: 'Chỉ nhận tệp .json hoặc .xlsx.',
			en: 'Only .json and .xlsx files are accepted.'
		});
	}
	let parsed: unknown;
	try {
		parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch (error) {
		const reason = error instanceof SyntaxError ? error.message : 'UTF-8';
		return fail('', {
			vi: `Tệp không phải là JSON hợp lệ (${reason}).`,
			en: `The file is not valid JSON (${reason}).`
		});
	}
	if (Array.isArray(parsed)) {
		return {
			ok: true,
			documents: parsed.map((raw, index) => ({
				file,
				raw,
				locate: (path) =>
					path === '' || path.startsWith('[') ? `[${index}]${path}` : `[${index}].${path}`
			}))
		};
	}
	return { ok: true, documents: [{ file, raw: parsed, locate: (path) => path }] };
}

/** The store's problems, named by file and place. */
export function fileProblems(
	sources: readonly DocumentSource[],
	problems: readonly DocumentSetProblem[]
): FileProblem[] {
	return problems.map((problem) => {
		const source = sources[problem.index];
		return {
			file: source?.file ?? '',
			where: source ? source.locate(problem.path) : problem.path,
			message: problem.message
		};
	});
}
