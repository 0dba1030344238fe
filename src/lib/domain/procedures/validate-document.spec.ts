import { describe, expect, it } from 'vitest';
import { birthRegistration, procedureVersions } from '$testing/procedures/catalogue';
import type { DocumentProblem } from './document-problem';
import { validateProcedureDocument } from './validate-document';

/** A shipped document as plain JSON, to be broken in one place. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const birth = (): Json => JSON.parse(JSON.stringify(birthRegistration)) as Json;

function problemsOf(raw: unknown): DocumentProblem[] {
	const result = validateProcedureDocument(raw);
	return result.ok ? [] : result.problems;
}
const paths = (raw: unknown) => problemsOf(raw).map((p) => p.path);
const at = (raw: unknown, path: string) => problemsOf(raw).find((p) => p.path === path);

describe('validateProcedureDocument', () => {
	it.each(procedureVersions.map((d) => [d.id, d] as const))('accepts the shipped %s', (_, d) => {
		expect(validateProcedureDocument(JSON.parse(JSON.stringify(d)))).toMatchObject({ ok: true });
	});

	it('says every problem in Vietnamese and English', () => {
		const doc = birth();
		doc.steps[2].fields[4].kind = 'colour';
		doc.fee.rules = [{ label: { vi: 'Phí', en: 'Fee' }, amountVnd: 5000 }];
		const problems = problemsOf(doc);
		expect(problems.length).toBeGreaterThan(1);
		for (const { message } of problems) {
			expect(message.vi.length).toBeGreaterThan(10);
			expect(message.en.length).toBeGreaterThan(10);
			expect(message.vi).not.toBe(message.en);
		}
	});

	it('refuses what is not a document at all, at the root', () => {
		expect(paths('hello')).toEqual(['']);
		expect(paths(null)).toEqual(['']);
	});

	it('names an unknown field kind and lists the kinds', () => {
		const doc = birth();
		doc.steps[2].fields[4].kind = 'colour';
		const problem = at(doc, 'steps[2].fields[4].kind');
		expect(problem?.message.en).toContain('«colour»');
		expect(problem?.message.en).toContain('«personal_id»');
		expect(problem?.message.vi).toContain('Loại trường «colour» không có');
	});

	it('finds conditions that name a field or step that does not exist', () => {
		const doc = birth();
		doc.steps[4].fields[1].showIf = { field: 'fatherKnow', equals: 'yes' };
		doc.steps[7].showIf = { all: [{ field: 'delivery.methods', equals: 'post' }] };
		doc.steps[5].fields[0].required = { not: { field: 'nowhere.x', isFilled: true } };
		doc.documents[0].required = { field: 'documents.missing', isTrue: true };
		doc.fee.exemptIf = { any: [{ field: 'requester.person.shoeSize', isFilled: true }] };
		expect(paths(doc)).toEqual(
			[
				'documents[0].required.field',
				'fee.exemptIf.any[0].field',
				'steps[4].fields[1].showIf.field',
				'steps[5].fields[0].required.not.field',
				'steps[7].showIf.all[0].field'
			].sort((a, b) => paths(doc).indexOf(a) - paths(doc).indexOf(b))
		);
		expect(at(doc, 'steps[4].fields[1].showIf.field')?.message.vi).toContain('«fatherKnow»');
		expect(at(doc, 'fee.exemptIf.any[0].field')?.message.en).toContain('no part «shoeSize»');
	});

	it('finds repeated step, field, slot, option and practice case ids', () => {
		const doc = birth();
		doc.steps[6].id = 'child';
		doc.steps[2].fields[1].id = 'fullName';
		doc.documents[1].id = 'birthCertificate';
		doc.steps[2].fields[2].options[1].value = doc.steps[2].fields[2].options[0].value;
		doc.practiceCases[1].id = doc.practiceCases[0].id;
		expect(paths(doc)).toEqual(
			expect.arrayContaining([
				'steps[6].id',
				'steps[2].fields[1].id',
				'documents[1].id',
				'steps[2].fields[2].options[1].value',
				'practiceCases[1].id'
			])
		);
		expect(at(doc, 'steps[6].id')?.message.vi).toContain('«child» bị trùng');
	});

	it('finds a cycle of display conditions, through other fields or directly', () => {
		const doc = birth();
		// fatherKnown shown only when father is filled, father only when fatherKnown is yes.
		doc.steps[4].fields[0].showIf = { field: 'father', isFilled: true };
		const [problem] = problemsOf(doc);
		expect(problem?.path).toMatch(/^steps\[4\]\.fields\[[01]\]\.showIf\.field$/);
		expect(problem?.message.en).toContain('father.fatherKnown');
		expect(problem?.message.en).toContain('cycle');

		const self = birth();
		self.steps[2].fields[0].showIf = { field: 'fullName', isFilled: true };
		expect(paths(self)).toEqual(['steps[2].fields[0].showIf.field']);

		const viaStep = birth();
		viaStep.steps[6].fields[0].showIf = { field: 'postAddress.recipientName', isFilled: true };
		expect(problemsOf(viaStep).some((p) => p.message.en.includes('cycle'))).toBe(true);
	});

	it('refuses an unknown named rule, bad parameters and a field of the wrong kind', () => {
		const unknown = birth();
		unknown.rules = [{ rule: 'id-matches-moon', params: {} }];
		const problem = at(unknown, 'rules[0].rule');
		expect(problem?.message.en).toContain('no rule named «id-matches-moon»');
		expect(problem?.message.en).toContain('«personal-id-matches»');

		const badParams = birth();
		badParams.rules = [{ rule: 'date-order', params: { field: 'child.dateOfBirth', after: 'x' } }];
		expect(paths(badParams)).toContain('rules[0].params');

		const wrongKind = birth();
		wrongKind.rules = [
			{
				rule: 'date-order',
				params: { field: 'child.fullName', notBefore: 'parents.mother.dateOfBirth' }
			}
		];
		expect(at(wrongKind, 'rules[0].params.field')?.message.en).toContain('is text');

		const missing = birth();
		missing.rules = [
			{
				rule: 'personal-id-matches',
				params: { field: 'parents.mother.personalId', sex: 'child.sexx' }
			}
		];
		expect(paths(missing)).toEqual(['rules[0].params.sex']);
	});

	it('requires a unit on every fee rule', () => {
		const doc = birth();
		doc.fee.rules = [{ label: { vi: 'Phí', en: 'Fee' }, amountVnd: 5000 }];
		const problem = at(doc, 'fee.rules[0].per');
		expect(problem?.message.en).toContain('unit');
		expect(problem?.message.vi).toContain('đơn vị tính');
	});

	it('refuses control and hidden characters in any string of the document', () => {
		const doc = birth();
		doc.name.vi = 'Đăng ký\u0000 khai sinh';
		doc.steps[1].fields[0].coaching.en = 'Let them type \u202Eit';
		doc.practiceCases[0].papers[0].lines[0].value = 'tab\there';
		expect(paths(doc)).toEqual([
			'name.vi',
			'steps[1].fields[0].coaching.en',
			'practiceCases[0].papers[0].lines[0].value'
		]);
		expect(at(doc, 'name.vi')?.message.en).toContain('control');
	});

	it('finds a source that points at nothing in the document', () => {
		const doc = birth();
		doc.sources = [
			{ fact: 'fee.rules[3].amountVnd', verified: false },
			{ fact: 'timeLimit', verified: true }
		];
		expect(paths(doc)).toEqual(['sources[0].fact']);
	});

	it('finds a document field whose paper is not listed', () => {
		const doc = birth();
		doc.steps[5].fields[1].slot = 'birthCertificat';
		expect(paths(doc)).toEqual(['steps[5].fields[1].slot', 'documents[0]']);
	});

	it('checks the sample and practice answers against the document itself', () => {
		const doc = birth();
		doc.practiceCases[0].answers.child.dateOfBirth = 'không rõ';
		const problem = at(doc, 'practiceCases[0].answers.child.dateOfBirth');
		expect(problem?.message.vi).toContain('Câu trả lời mẫu không hợp lệ');

		const sample = birth();
		sample.sampleCase.parents.mother.personalId = '12';
		expect(paths(sample)).toEqual(['sampleCase.parents.mother.personalId']);
	});

	it('reports schema problems with the path an editor reads', () => {
		const doc = birth();
		doc.steps[1].fields[1].colour = 'red';
		doc.timeLimit = { kind: 'same_day', cutoffHour: 16 };
		delete doc.summary;
		expect(paths(doc)).toEqual(
			expect.arrayContaining(['steps[1].fields[1]', 'timeLimit.cutoffHour', 'summary'])
		);
		expect(at(doc, 'summary')?.message.vi).toBe('Thiếu mục bắt buộc «summary».');
	});
});
