import { describe, expect, it } from 'vitest';
import { birthRegistration, certifiedCopy } from '$testing/procedures/catalogue';
import type { ProcedureDefinition } from './procedure.schema';
import { diffProcedures } from './procedure-diff';

const next = (base: ProcedureDefinition, change: (d: ProcedureDefinition) => void) => {
	const definition = structuredClone(base);
	definition.version += 1;
	change(definition);
	return definition;
};

describe('diffProcedures', () => {
	it('finds nothing between a version and its copy, whatever the version number', () => {
		expect(
			diffProcedures(
				birthRegistration,
				next(birthRegistration, () => {})
			)
		).toEqual([]);
	});

	it('leaves out the effective date of an upload that has none: publishing gives it one', () => {
		const published = { ...birthRegistration, effectiveFrom: '2025-07-01' };
		const uploaded = next(birthRegistration, (d) => delete d.effectiveFrom);
		expect(diffProcedures(published, uploaded)).toEqual([]);
	});

	it('says a new procedure is new', () => {
		expect(diffProcedures(undefined, birthRegistration)).toEqual([
			{
				path: '',
				label: { vi: 'Thủ tục mới', en: 'New procedure' },
				kind: 'added',
				after: `${birthRegistration.name.vi} / ${birthRegistration.name.en}`
			}
		]);
	});

	it('names a changed fee in words, with the amounts before and after', () => {
		const after = next(certifiedCopy, (d) => {
			d.fee.rules[0]!.amountVnd = 3000;
		});
		expect(diffProcedures(certifiedCopy, after)).toEqual([
			{
				path: 'fee.rules[0].amountVnd',
				label: { vi: 'Lệ phí: mức thu: mục 1: số tiền', en: 'Fee: rate: item 1: amount' },
				kind: 'changed',
				before: '2000',
				after: '3000'
			}
		]);
	});

	it('matches fields by id: an added field is one change, the others do not shift', () => {
		const after = next(birthRegistration, (d) => {
			const requester = d.steps[0]!;
			requester.fields.splice(1, 0, {
				kind: 'text',
				id: 'nickname',
				label: { vi: 'Tên gọi khác', en: 'Other name' },
				help: { vi: 'Nếu có.', en: 'If any.' },
				coaching: { vi: 'Để người dân tự gõ.', en: 'Let them type.' },
				required: false
			});
			requester.fields.find((f) => f.id === 'phone')!.label = {
				vi: 'Số điện thoại',
				en: 'Phone'
			};
		});
		const changes = diffProcedures(birthRegistration, after);
		expect(changes.map(({ path, kind, label }) => [path, kind, label.vi])).toEqual([
			['steps[0].fields[1]', 'added', 'Trường «Tên gọi khác» (bước Người yêu cầu)'],
			['steps[0].fields[2].label', 'changed', 'Trường «Số điện thoại» (bước Người yêu cầu): nhãn']
		]);
		expect(changes[1]?.before).toBe('Số điện thoại di động / Mobile phone number');
	});

	it('reports removed steps, papers and changed effective dates', () => {
		const after = next(birthRegistration, (d) => {
			d.steps = d.steps.filter((s) => s.id !== 'postAddress');
			d.documents = d.documents.filter((s) => s.id !== 'witnessStatement');
			d.steps[5]!.fields = d.steps[5]!.fields.filter((f) => f.id !== 'witnessStatement');
			d.effectiveFrom = '2027-01-01';
		});
		const changes = diffProcedures(birthRegistration, after);
		expect(changes.map(({ path, kind }) => `${kind} ${path}`)).toEqual([
			'added effectiveFrom',
			'removed documents[1]',
			'removed steps[5].fields[2]',
			'removed steps[7]'
		]);
		expect(changes[0]?.label.en).toBe('Effective from');
	});
});
