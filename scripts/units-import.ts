// npm run units:import -- FILE [--effective yyyy-mm-dd]
// Imports administrative units (JSON like shared/data/vn-admin-units-*.json, or CSV with
// code/name/province columns) into the database named by DATABASE_URL or DATA_DIR.
import { readFileSync } from 'node:fs';
import { describeUnitListError, parseUnitList } from '../src/lib/domain/units/unit-list';
import { databaseConfigFromEnv, openDatabase } from '../src/lib/server/db/client';
import {
	describeImportReport,
	importUnitList,
	seedProvinces
} from '../src/lib/server/units/import-units';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const effectiveIndex = args.indexOf('--effective');
const effective = effectiveIndex >= 0 ? args[effectiveIndex + 1] : undefined;
if (!file) {
	console.error(
		'Cách dùng / usage: npm run units:import -- TỆP.json|TỆP.csv [--effective yyyy-mm-dd]'
	);
	process.exit(2);
}

let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch {
	console.error(`Không đọc được tệp "${file}". Hãy kiểm tra đường dẫn.`);
	process.exit(2);
}
const isCsv = file.toLowerCase().endsWith('.csv');
const parsed = parseUnitList(text, isCsv ? 'csv' : 'json', effective);
if (!parsed.ok) {
	console.error('Không nhập được danh mục:');
	for (const error of parsed.errors) console.error(`  ${describeUnitListError(error)}`);
	process.exit(1);
}

const handle = await openDatabase(databaseConfigFromEnv(process.env));
try {
	await handle.migrate();
	await seedProvinces(handle.db);
	const report = await importUnitList(handle.db, parsed.list);
	console.log(`Đã nhập danh mục hiệu lực từ ${parsed.list.effectiveFrom} (${handle.kind}).`);
	console.log(describeImportReport(report));
} finally {
	await handle.close();
}
