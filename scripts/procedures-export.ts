// npm run procedures:export -- DIR [--xlsx]
// Writes the newest published version of each procedure as DIR/<slug>.json (and, with --xlsx,
// DIR/<slug>.xlsx in the spreadsheet layout), from the database named by DATABASE_URL or
// DATA_DIR, as `npm start` opens it. Importing the folder again publishes nothing new.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { databaseConfigFromEnv, openDatabase } from '../src/lib/server/db/client';
import {
	inSchemaOrder,
	readShippedDocumentFolder
} from '../src/lib/server/procedures/document-folder';
import { newestPublished } from '../src/lib/server/procedures/procedure-store';
import { seedProcedures } from '../src/lib/server/procedures/seed-procedures';
import { writeProcedureWorkbook } from '../src/lib/server/procedures/spreadsheet/write-workbook';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const xlsx = args.includes('--xlsx');
if (!dir) {
	console.error('Cách dùng / usage: npm run procedures:export -- THƯ-MỤC [--xlsx]');
	process.exit(2);
}
try {
	mkdirSync(dir, { recursive: true });
} catch {
	console.error(`Không tạo được thư mục "${dir}" / cannot create the folder "${dir}".`);
	process.exit(2);
}

const handle = await openDatabase(databaseConfigFromEnv(process.env));
try {
	await handle.migrate();
	await seedProcedures(handle.db, readShippedDocumentFolder());
	const documents = await newestPublished(handle.db);
	for (const document of documents) {
		const base = path.join(dir, document.slug);
		writeFileSync(`${base}.json`, `${JSON.stringify(inSchemaOrder(document), null, '\t')}\n`);
		if (xlsx) writeFileSync(`${base}.xlsx`, await writeProcedureWorkbook(document));
	}
	console.log(
		`Đã xuất ${documents.length} thủ tục vào / exported ${documents.length} procedures to ${dir}${xlsx ? ' (.json, .xlsx)' : ''}.`
	);
} finally {
	await handle.close();
}
