import { describe, expect, it } from 'vitest';
import { answersSchemaFor } from './answers-shape';
import { birthRegistration } from '$testing/procedures/catalogue';
import { procedureDefinitionSchema } from './procedure.schema';
import { documentProblems } from './procedure-integrity';
import { radioField, testDefinition } from '$testing/domain/procedure-definition';
import { validateApplication } from './validate-application';
import { validateProcedureDocument } from './validate-document';
import { computeVisibility } from './visibility';

const messages = (input: unknown) => {
	const parsed = procedureDefinitionSchema.safeParse(input);
	return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

/** Where `validateProcedureDocument` finds problems, with the English reason. */
const problems = (input: unknown) => {
	const result = validateProcedureDocument(input);
	return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message.en}`);
};

describe('procedureDefinitionSchema', () => {
	it('accepts a minimal definition', () => {
		expect(messages(testDefinition())).toEqual([]);
	});

	it('requires a reason for a partly-online procedure', () => {
		expect(problems(testDefinition({ level: 'partial' }))).toEqual([
			'partialReason: A partly-online procedure must give its reason (partialReason), as Decree 224/2026 requires.'
		]);
		expect(
			problems(
				testDefinition({
					level: 'partial',
					partialReason: { vi: 'Ký trực tiếp.', en: 'Sign in person.' }
				})
			)
		).toEqual([]);
	});

	it('excludes post when the person must come in person (Decision 45/2016)', () => {
		expect(
			problems(testDefinition({ inPersonRequired: true, delivery: ['desk', 'post'] }))
		).toEqual([
			'delivery[1]: A procedure that requires presence cannot be sent by post (Decision 45/2016).'
		]);
	});

	it('rejects blank translations, repeated ids and unknown field kinds', () => {
		expect(messages(testDefinition({ name: { vi: 'Thủ tục', en: ' ' } })).length).toBeGreaterThan(
			0
		);
		const step = testDefinition().steps[0];
		if (!step) throw new Error('no step');
		expect(problems(testDefinition({ steps: [step, step] }))).toContain(
			'steps[1].id: The id «main» is used twice; each id must be unique.'
		);
		const odd = { ...step, fields: [{ ...radioField('x'), kind: 'colour' }] };
		expect(messages({ ...testDefinition(), steps: [odd] }).length).toBeGreaterThan(0);
	});

	it('rejects a bad time limit and a bad pattern', () => {
		const sameDay = { kind: 'same_day', cutoffHour: 16 };
		expect(messages({ ...testDefinition(), timeLimit: sameDay }).length).toBeGreaterThan(0);
		const step = testDefinition().steps[0];
		if (!step) throw new Error('no step');
		const badPattern = { ...step, fields: [{ ...radioField('x'), pattern: '([' }] };
		expect(messages(testDefinition({ steps: [badPattern] }))).toContain('valid regular expression');
	});
});

describe('documentProblems', () => {
	it('finds references to fields and slots that do not exist', () => {
		const definition = testDefinition({
			documents: [
				{
					id: 'lonely',
					name: { vi: 'Giấy', en: 'Paper' },
					required: { field: 'main.q', equals: 'yes' },
					acceptedTypes: ['image/jpeg'],
					maxFiles: 1,
					maxSizeMb: 1
				}
			],
			steps: [
				{
					id: 'main',
					title: { vi: 'Bước', en: 'Step' },
					fields: [
						radioField('x', { field: 'nope', equals: 'yes' }),
						{ ...radioField('y'), kind: 'document', slot: 'missing' } as never,
						{
							...radioField('p'),
							kind: 'person',
							showIf: { field: 'main.x.part', isFilled: true }
						} as never
					]
				}
			]
		});
		expect(documentProblems(definition).map((p) => `${p.path}: ${p.message.en}`)).toEqual([
			'steps[0].fields[1].slot: There is no paper «missing» in the list of papers (documents).',
			'documents[0]: No document field asks for the paper «lonely».',
			'steps[0].fields[0].showIf.field: There is no field «nope» in the document (write «step.field», e.g. «child.dateOfBirth»).',
			'steps[0].fields[2].showIf.field: Field «x» (kind radio) has no part «part».',
			'documents[0].required.field: There is no field «main.q» in the document (write «step.field», e.g. «child.dateOfBirth»).'
		]);
	});
});

describe('visibility', () => {
	it('hides fields that depend on hidden fields, whatever stale answers remain', () => {
		const definition = testDefinition();
		const stale = { main: { x: 'no', y: 'yes', z: 'yes' }, extra: { w: 'yes' } };
		const visibility = computeVisibility(definition, stale);
		expect(visibility.steps.map(({ step, fields }) => [step.id, fields.map((f) => f.id)])).toEqual([
			['main', ['x']]
		]);
		expect(visibility.answers).toEqual({ main: { x: 'no' } });
		expect(validateApplication(definition, stale, { today: '2026-11-22' })).toMatchObject({
			ok: true,
			application: { answers: { main: { x: 'no' } } }
		});
	});

	it('shows the chain when every link holds', () => {
		const answers = { main: { x: 'yes', y: 'yes', z: 'yes' }, extra: { w: 'no' } };
		expect(computeVisibility(testDefinition(), answers).answers).toEqual(answers);
	});
});

describe('answersSchemaFor', () => {
	const schema = answersSchemaFor(birthRegistration);

	it('accepts the sample case and partial drafts', () => {
		expect(schema.safeParse(birthRegistration.sampleCase).success).toBe(true);
		expect(schema.safeParse({ child: { fullName: 'Bé' } }).success).toBe(true);
		expect(schema.safeParse({}).success).toBe(true);
	});

	it('rejects unknown steps, unknown fields and values of the wrong type', () => {
		expect(schema.safeParse({ hacker: {} }).success).toBe(false);
		expect(schema.safeParse({ child: { shoeSize: '40' } }).success).toBe(false);
		expect(schema.safeParse({ child: { fullName: { $gt: '' } } }).success).toBe(false);
		expect(schema.safeParse({ delivery: { commitment: 'yes' } }).success).toBe(false);
		expect(
			schema.safeParse({ parents: { mother: { fullName: 'A', isAdmin: true } } }).success
		).toBe(false);
	});
});

describe('the personal-id-matches rule over sibling fields', () => {
	const definition = testDefinition({
		steps: [
			{
				id: 'owner',
				title: { vi: 'Chủ hộ', en: 'Head of household' },
				fields: [
					{
						...radioField('sex'),
						options: [
							{ value: 'male', label: { vi: 'Nam', en: 'Male' } },
							{ value: 'female', label: { vi: 'Nữ', en: 'Female' } }
						]
					},
					{
						kind: 'date',
						id: 'born',
						label: { vi: 'Ngày sinh', en: 'Born' },
						help: { vi: 'Ngày sinh.', en: 'Born.' },
						coaching: { vi: 'Tự nhập.', en: 'Type it.' },
						required: true
					},
					{
						kind: 'personal_id',
						id: 'idNumber',
						label: { vi: 'Số căn cước', en: 'ID number' },
						help: { vi: '12 chữ số.', en: '12 digits.' },
						coaching: { vi: 'Tự nhập.', en: 'Type it.' },
						required: true
					}
				]
			}
		],
		rules: [
			{
				rule: 'personal-id-matches',
				params: { field: 'owner.idNumber', dateOfBirth: 'owner.born', sex: 'owner.sex' }
			}
		]
	});

	const issues = (owner: Record<string, unknown>) => {
		const result = validateApplication(definition, { owner }, { today: '2026-11-22' });
		return result.issues.map((item) => `${item.fieldId}:${item.issue.code}`);
	};

	it('cross-checks the number against the sibling date of birth and sex', () => {
		expect(documentProblems(definition)).toEqual([]);
		expect(issues({ sex: 'female', born: '14/03/1995', idNumber: '001 195 004 321' })).toEqual([]);
		expect(issues({ sex: 'male', born: '14/03/1995', idNumber: '001195004321' })).toEqual([
			'idNumber:personal_id_sex_mismatch'
		]);
		expect(issues({ sex: 'female', born: '14/03/2095', idNumber: '001195004321' })).toEqual([
			'idNumber:personal_id_century_mismatch'
		]);
		expect(issues({ sex: 'female', born: 'không rõ', idNumber: '001195004321' })).toEqual([
			'born:date_invalid_format'
		]);
	});
});
