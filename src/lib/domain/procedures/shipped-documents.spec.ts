import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentsDir } from '$testing/procedures/catalogue';
import { generateAnswers } from '$testing/procedures/generate-answers';
import { shippedUnitLookup } from '$testing/procedures/generated-values';
import { practiceToday } from './practice-case.schema';
import { procedureDefinitionSchema, type ProcedureDefinition } from './procedure.schema';
import { validateApplication, type FieldIssue } from './validate-application';
import { validateProcedureDocument } from './validate-document';

/**
 * Every document in the shipped folder, whatever its number (issue 17): the checks an editor's
 * document passes before it ships, and answers generated from the document alone pass its own
 * validation (the happy path the browser walk in tests/e2e/procedure-walk.e2e.ts types in).
 */
const files = readdirSync(documentsDir)
	.filter((name) => name.endsWith('.json'))
	.sort();
const raw = (file: string): unknown => JSON.parse(readFileSync(documentsDir + file, 'utf8'));
const parsed = (file: string): ProcedureDefinition => procedureDefinitionSchema.parse(raw(file));
const units = shippedUnitLookup();
const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
// The walk runs on the machine's date; the spec checks a few dates, a leap day among them.
const days = ['2026-11-22', '2028-02-29', '2027-01-01'];

const errorsOf = (issues: FieldIssue[]) =>
	issues
		.filter((item) => item.issue.severity === 'error')
		.map(
			(item) =>
				`${item.stepId}.${item.fieldId}${item.path ? `.${item.path}` : ''}: ${item.issue.code}`
		);

describe.each(files)('shipped document %s', (file) => {
	it('passes the schema and every check of an imported document', () => {
		expect(procedureDefinitionSchema.safeParse(raw(file)).error?.issues ?? []).toEqual([]);
		const checked = validateProcedureDocument(raw(file));
		expect(checked.ok ? [] : checked.problems).toEqual([]);
	});

	it('states its legal basis, its fee and its time limit', () => {
		const d = parsed(file);
		expect(d.legalBasis.length).toBeGreaterThanOrEqual(1);
		for (const basis of d.legalBasis) expect(basis.instrument.trim()).not.toBe('');
		// A free procedure says so: an exemption, a note, or a source for its empty fee.
		const feeStated =
			d.fee.rules.length > 0 ||
			d.fee.exemptions.length > 0 ||
			d.fee.setByProvince === true ||
			d.fee.note !== undefined ||
			(d.sources ?? []).some((source) => source.fact.startsWith('fee'));
		expect(feeStated, 'fee').toBe(true);
		const limit = d.timeLimit;
		expect(limit.kind === 'same_day' || limit.days > 0, 'time limit').toBe(true);
	});

	it('has a coaching text for every field, in Vietnamese and English', () => {
		const missing = parsed(file).steps.flatMap((step) =>
			step.fields
				.filter((f) => f.coaching.vi.trim().length < 10 || f.coaching.en.trim().length < 10)
				.map((f) => `${step.id}.${f.id}`)
		);
		expect(missing).toEqual([]);
	});

	it('accepts its sample case and practice cases', () => {
		const d = parsed(file);
		const cases = [d.sampleCase, ...(d.practiceCases ?? []).map((c) => c.answers)];
		for (const answers of cases.filter((c) => c !== undefined)) {
			const result = validateApplication(d, answers, { today: practiceToday, units });
			expect(errorsOf(result.issues)).toEqual([]);
		}
	});

	it.each(days)('accepts generated answers on %s, for several seeds', (today) => {
		const d = parsed(file);
		for (const seed of seeds) {
			const answers = generateAnswers(d, { today, seed });
			const result = validateApplication(d, answers, { today, units });
			expect(errorsOf(result.issues), `seed ${seed}`).toEqual([]);
			// The happy path shows nothing to fix: no warning either (a late registration, a name
			// without diacritics, an unknown phone prefix).
			expect(
				result.issues.map((i) => i.issue.code),
				`seed ${seed}`
			).toEqual([]);
			expect(result.ok).toBe(true);
			// Everything visible is answered, so the walk types every field it meets.
			const kept = result.ok ? result.application.answers : {};
			expect(Object.keys(kept).sort()).toEqual(Object.keys(answers).sort());
		}
	});
});

describe('generateAnswers', () => {
	const birth = parsed('dang-ky-khai-sinh.json');

	it('gives the same answers for the same seed, and other answers for another', () => {
		const today = '2026-11-22';
		expect(generateAnswers(birth, { today, seed: 9 })).toEqual(
			generateAnswers(birth, { today, seed: 9 })
		);
		expect(generateAnswers(birth, { today, seed: 9 })).not.toEqual(
			generateAnswers(birth, { today, seed: 10 })
		);
	});

	it('takes both branches of a condition across seeds (a father known or not)', () => {
		const fathers = new Set(
			seeds.map((seed) => generateAnswers(birth, { today: '2026-11-22', seed }).father?.fatherKnown)
		);
		expect(fathers).toEqual(new Set(['yes', 'no']));
	});

	it('keeps the dates of a named rule in order (a death not before the birth)', () => {
		const death = parsed('dang-ky-khai-tu.json');
		for (const seed of seeds) {
			const a = generateAnswers(death, { today: '2026-11-22', seed });
			const born = (a.deceased?.person as { dateOfBirth: string }).dateOfBirth;
			expect(String(a.deceased?.dateOfDeath) >= born).toBe(true);
		}
	});
});

describe('the shipped catalogue', () => {
	// Issue 17: the commune's real catalogue, at least 40 procedures.
	it('holds at least 40 procedures', () => {
		expect(files.length).toBeGreaterThanOrEqual(40);
	});

	// Item 6: the catalogue order puts the most used first (before an access point has figures of
	// its own), and each of the twenty first has a practice case for the IT clubs.
	it('has a practice case for each of the 20 most used procedures', () => {
		const documents = files.map(parsed);
		const ranked = documents
			.filter((d) => d.catalogueOrder !== undefined)
			.sort((a, b) => a.catalogueOrder! - b.catalogueOrder!);
		expect(ranked).toHaveLength(documents.length);
		const withoutPractice = ranked
			.slice(0, 20)
			.filter((d) => (d.practiceCases ?? []).length === 0)
			.map((d) => d.id);
		expect(withoutPractice).toEqual([]);
	});
});
