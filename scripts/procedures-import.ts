// npm run procedures:import -- PATH [--effective yyyy-mm-dd]
// Validates every procedure document at PATH (a .json or .xlsx file, or a folder of them) and
// publishes all or nothing into the database named by DATABASE_URL or DATA_DIR, as `npm start`
// opens it. Exit 0: published, or nothing new; 1: invalid input (nothing published); 2: usage.
import { existsSync } from 'node:fs';
import { isIsoDate } from '../src/lib/domain/validation/dates';
import { databaseConfigFromEnv, openDatabase } from '../src/lib/server/db/client';
import { fileProblems } from '../src/lib/server/procedures/document-files';
import {
	describeFileProblem,
	documentFilesAt,
	readDocumentFiles,
	readShippedDocumentFolder
} from '../src/lib/server/procedures/document-folder';
import { publishDocuments } from '../src/lib/server/procedures/procedure-publishing';
import { seedProcedures } from '../src/lib/server/procedures/seed-procedures';

const args = process.argv.slice(2);
const effectiveIndex = args.indexOf('--effective');
const effective = effectiveIndex >= 0 ? args[effectiveIndex + 1] : undefined;
const target = args.find(
	(a, i) => !a.startsWith('--') && (effectiveIndex < 0 || i !== effectiveIndex + 1)
);
const usage =
	'Cách dùng / usage: npm run procedures:import -- TỆP.json|TỆP.xlsx|THƯ-MỤC [--effective yyyy-mm-dd]';
if (!target || (effectiveIndex >= 0 && !isIsoDate(effective))) {
	console.error(usage);
	process.exit(2);
}
if (!existsSync(target)) {
	console.error(`Không tìm thấy "${target}" / "${target}" does not exist.`);
	process.exit(2);
}
const files = documentFilesAt(target);
if (files.length === 0) {
	console.error(`"${target}" không có tệp .json hay .xlsx / has no .json or .xlsx file.`);
	process.exit(2);
}

const reading = await readDocumentFiles(files);
if (!reading.ok) {
	console.error('Không nhập được; chưa công bố gì / Not imported; nothing was published:');
	for (const problem of reading.problems) console.error(`  ${describeFileProblem(problem)}`);
	process.exit(1);
}

const handle = await openDatabase(databaseConfigFromEnv(process.env));
let exitCode = 0;
try {
	await handle.migrate();
	// As on the server's first start: an empty store gets the shipped procedures first.
	await seedProcedures(handle.db, readShippedDocumentFolder());
	const sources = reading.documents;
	const outcome = await publishDocuments(
		handle.db,
		sources.map((source) => source.raw),
		{ by: null, source: 'import', ...(effective ? { effectiveFrom: effective } : {}) }
	);
	if (!outcome.ok) {
		console.error('Không nhập được; chưa công bố gì / Not imported; nothing was published:');
		for (const problem of fileProblems(sources, outcome.problems)) {
			console.error(`  ${describeFileProblem(problem)}`);
		}
		exitCode = 1;
	} else if (outcome.published.length === 0) {
		console.log(
			`Không có gì mới để công bố / nothing new to publish (${outcome.unchanged.length} không đổi / unchanged).`
		);
	} else {
		console.log(`Đã công bố / published (${handle.kind}):`);
		for (const { id, version } of outcome.published) console.log(`  ${id} v${version}`);
		if (outcome.unchanged.length > 0) {
			console.log(`${outcome.unchanged.length} không đổi / unchanged.`);
		}
	}
} finally {
	await handle.close();
}
process.exit(exitCode);
