import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readShippedDocuments } from '$testing/procedures/catalogue';
import { PROCEDURE_JSON_SCHEMA_FILE, procedureJsonSchema } from './json-schema';

const checkedIn = (): unknown =>
	JSON.parse(
		readFileSync(new URL(`../../../../${PROCEDURE_JSON_SCHEMA_FILE}`, import.meta.url), 'utf8')
	);

describe('docs/procedure.schema.json', () => {
	it('is what the zod schema generates now (else: run npm run procedures:schema)', () => {
		// Compared as data: Prettier formats the file, the meaning is what matters.
		expect(
			checkedIn(),
			'docs/procedure.schema.json is stale: run npm run procedures:schema'
		).toEqual(procedureJsonSchema());
	});

	it('names itself and the draft an editor checks with', () => {
		expect(procedureJsonSchema()).toMatchObject({
			$schema: 'http://json-schema.org/draft-07/schema#',
			$id: expect.stringMatching(/procedure\.schema\.json$/),
			title: expect.stringContaining('procedure document'),
			type: 'object',
			additionalProperties: false
		});
	});

	it('is pointed at by every shipped document, by a path that reaches it', () => {
		for (const document of readShippedDocuments()) {
			expect(document.$schema, document.id).toBe('../../../../../docs/procedure.schema.json');
		}
		const fromDocuments = new URL(
			'../../../../src/lib/server/procedures/documents/../../../../../docs/procedure.schema.json',
			import.meta.url
		);
		expect(JSON.parse(readFileSync(fromDocuments, 'utf8'))).toEqual(checkedIn());
	});
});
