import { describe, expect, it } from 'vitest';
import { sampleToday } from '$testing/procedures/sample-data';
import { procedureDefinitionSchema } from './procedure.schema';
import { procedures, procedureVersions } from '$testing/procedures/catalogue';
import { validateApplication } from './validate-application';
import { validateProcedureDocument } from './validate-document';

const today = sampleToday;

/** Every { vi, en } object anywhere in a definition. */
function localizedTexts(
	value: unknown,
	path = ''
): Array<{ path: string; vi: unknown; en: unknown }> {
	if (Array.isArray(value))
		return value.flatMap((item, index) => localizedTexts(item, `${path}[${index}]`));
	if (typeof value !== 'object' || value === null) return [];
	const found =
		'vi' in value || 'en' in value
			? [{ path, vi: Reflect.get(value, 'vi'), en: Reflect.get(value, 'en') }]
			: [];
	return [
		...found,
		...Object.entries(value).flatMap(([key, child]) =>
			key === 'sampleCase' ? [] : localizedTexts(child, `${path}.${key}`)
		)
	];
}

describe.each(
	procedureVersions.map(
		(definition) => [`${definition.id} v${definition.version}`, definition] as const
	)
)('%s', (_name, definition) => {
	it('parses with the schema', () => {
		const parsed = procedureDefinitionSchema.safeParse(definition);
		expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
	});

	it('has non-empty Vietnamese and English in every text', () => {
		const texts = localizedTexts(definition);
		expect(texts.length).toBeGreaterThan(20);
		for (const text of texts) {
			expect(typeof text.vi === 'string' && text.vi.trim() !== '', `${text.path}.vi`).toBe(true);
			expect(typeof text.en === 'string' && text.en.trim() !== '', `${text.path}.en`).toBe(true);
		}
	});

	it('passes every check of a document (references, ids, rules, sample answers)', () => {
		const result = validateProcedureDocument(definition);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it('has a sample case that passes validation', () => {
		expect(definition.sampleCase).toBeDefined();
		const result = validateApplication(definition, definition.sampleCase, { today });
		expect(result.issues.filter((item) => item.issue.severity === 'error')).toEqual([]);
		expect(result.ok).toBe(true);
	});
});

describe('catalogue', () => {
	it('has unique ids and slugs', () => {
		const ids = procedures.map((definition) => definition.id);
		const slugs = procedures.map((definition) => definition.slug);
		expect(new Set(ids).size).toBe(ids.length);
		expect(new Set(slugs).size).toBe(slugs.length);
	});
});
