/**
 * Documents on disk, for the import and export commands (run under tsx, without Vite's
 * `import.meta.glob`): a file or a folder of .json and .xlsx files, and the shipped folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	procedureDefinitionSchema,
	type ProcedureDefinition
} from '$lib/domain/procedures/procedure.schema';
import {
	isDocumentFile,
	readDocumentFile,
	type DocumentSource,
	type FileProblem,
	type FileReading
} from './document-files';

export const shippedDocumentsDir = fileURLToPath(new URL('./documents/', import.meta.url));

/** The shipped documents as the server bundle has them (shipped-documents.ts), read from disk. */
export function readShippedDocumentFolder(): unknown[] {
	return readdirSync(shippedDocumentsDir)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => JSON.parse(readFileSync(path.join(shippedDocumentsDir, name), 'utf8')));
}

/** Every .json and .xlsx file at `target` (a file, or a folder's files in name order). */
export function documentFilesAt(target: string): string[] {
	if (!statSync(target).isDirectory()) return [target];
	return readdirSync(target)
		.filter((name) => isDocumentFile(name) && !name.startsWith('~$'))
		.sort()
		.map((name) => path.join(target, name));
}

/** Reads every file; the problems of all files together, or all their documents. */
export async function readDocumentFiles(files: readonly string[]): Promise<FileReading> {
	const documents: DocumentSource[] = [];
	const problems: FileProblem[] = [];
	for (const file of files) {
		const reading = await readDocumentFile(path.basename(file), new Uint8Array(readFileSync(file)));
		if (reading.ok) documents.push(...reading.documents);
		else problems.push(...reading.problems);
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, documents };
}

/** A document's keys in the schema's order (the database keeps them in its own). */
export function inSchemaOrder(document: ProcedureDefinition): Record<string, unknown> {
	const ordered: Record<string, unknown> = {};
	for (const key of Object.keys(procedureDefinitionSchema.shape)) {
		const value = (document as Record<string, unknown>)[key];
		if (value !== undefined) ordered[key] = value;
	}
	return ordered;
}

/** One line per problem: file, place, the reason in Vietnamese and English. */
export function describeFileProblem(problem: FileProblem): string {
	const place = [problem.file, problem.where].filter((part) => part !== '').join(': ');
	return `${place} — ${problem.message.vi} / ${problem.message.en}`;
}
