import { describe, expect, it } from 'vitest';
import { getProcedure, procedures } from '$testing/procedures/catalogue';
import { validateApplication } from '../procedures/validate-application';
import { compareWithCase } from './compare-answers';
import { practiceCases } from '$testing/procedures/catalogue';
import { casesByProcedure, practiceToday } from './practice-cases';
import { samplePaperSvg } from './sample-paper-svg';

describe('practice cases', () => {
	it('has at least two cases for each of five procedures, with unique ids', () => {
		const groups = casesByProcedure(procedures);
		expect(groups.filter((g) => g.cases.length >= 2).length).toBeGreaterThanOrEqual(5);
		const ids = practiceCases.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
	});

	it.each(practiceCases.map((c) => [c.id, c] as const))(
		'%s: its answers pass the procedure’s validation on the sample day',
		(_, c) => {
			const definition = getProcedure(c.procedureId)!;
			expect(definition).toBeDefined();
			const result = validateApplication(definition, c.answers, { today: practiceToday });
			expect(result.issues.filter((i) => i.issue.severity === 'error')).toEqual([]);
			expect(result.ok).toBe(true);
		}
	);

	it.each(practiceCases.map((c) => [c.id, c] as const))(
		'%s: a paper for every document the answers attach, and a goal in plain words',
		(_, c) => {
			const definition = getProcedure(c.procedureId)!;
			for (const paper of c.papers) {
				if (paper.slot) expect(definition.documents.map((d) => d.id)).toContain(paper.slot);
			}
			const attached = Object.values(c.answers).flatMap((step) =>
				definition.steps.flatMap((s) =>
					s.fields.filter((f) => f.kind === 'document' && Array.isArray(step[f.id]))
				)
			);
			for (const field of attached) {
				if (field.kind !== 'document') continue;
				expect(
					c.papers.some((p) => p.slot === field.slot),
					field.id
				).toBe(true);
			}
			expect(c.goal.vi.length).toBeGreaterThan(20);
			expect(c.goal.vi).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
		}
	);

	it.each(practiceCases.map((c) => [c.id, c] as const))(
		'%s: every ID number and person named in the answers can be read off a paper or the goal',
		(_, c) => {
			const printed = [c.goal.vi, ...c.papers.flatMap((p) => p.lines.map((l) => l.value))].join(
				'|'
			);
			const people = Object.values(c.answers).flatMap((step) =>
				Object.values(step).filter(
					(v): v is { fullName: string; personalId?: string } =>
						typeof v === 'object' && v !== null && 'fullName' in v
				)
			);
			expect(people.length).toBeGreaterThan(0);
			for (const person of people) {
				expect(printed).toContain(person.fullName);
				if (person.personalId) expect(printed).toContain(person.personalId);
			}
		}
	);

	it('draws each paper as SVG with the "MẪU" watermark and its lines escaped', () => {
		for (const c of practiceCases) {
			for (const paper of c.papers) {
				const svg = samplePaperSvg(paper);
				expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
				expect(svg).toContain('>MẪU</text>');
				expect(svg).toContain('không có giá trị');
				for (const line of paper.lines) expect(svg).toContain(line.value.replace(/&/g, '&amp;'));
			}
		}
		const tricky = samplePaperSvg({
			id: 'x',
			title: { vi: 'A & <B>', en: 'A' },
			fileName: 'x',
			lines: [{ label: { vi: 'Tên', en: 'Name' }, value: '<script>' }]
		});
		expect(tricky).not.toContain('<script>');
		expect(tricky).toContain('&lt;script&gt;');
	});
});

describe('compareWithCase', () => {
	const c = practiceCases.find((x) => x.id === 'khai-sinh-1')!;
	const definition = getProcedure(c.procedureId)!;
	const options = { today: practiceToday };

	it('finds no difference in the case’s own answers, dates typed either way', () => {
		const typed = structuredClone(c.answers);
		(typed.child as Record<string, unknown>).dateOfBirth = '28/10/2026';
		expect(compareWithCase(definition, c.answers, typed, options)).toEqual([]);
	});

	it('names the field and the part that differ, and a missing paper', () => {
		const typed = structuredClone(c.answers);
		(typed.child as Record<string, unknown>).fullName = 'Trần Minh Khoa';
		(typed.requester!.person as Record<string, unknown>).personalId = '001195004322';
		typed.documents!.birthCertificate = [];
		expect(compareWithCase(definition, c.answers, typed, options)).toEqual([
			{ stepId: 'requester', fieldId: 'person', parts: ['personalId'] },
			{ stepId: 'child', fieldId: 'fullName', parts: [''] },
			{ stepId: 'documents', fieldId: 'birthCertificate', parts: [''] }
		]);
	});
});
