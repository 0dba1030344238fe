// npm run procedures:schema
// Writes docs/procedure.schema.json from the zod schema of a procedure document, so that an
// editor checks documents as they are typed. CI fails when the checked-in file is stale
// (src/lib/domain/procedures/json-schema.spec.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	PROCEDURE_JSON_SCHEMA_FILE,
	procedureJsonSchemaText
} from '../src/lib/domain/procedures/json-schema';

const target = fileURLToPath(new URL(`../${PROCEDURE_JSON_SCHEMA_FILE}`, import.meta.url));
writeFileSync(target, procedureJsonSchemaText());
console.log(`Đã ghi / written: ${PROCEDURE_JSON_SCHEMA_FILE}`);
