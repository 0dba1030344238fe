import type { Field, FieldOfKind } from '$lib/domain/procedures/field.schema';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';

/** A small, valid definition for schema and visibility tests; not part of the catalogue. */

const text = (vi: string) => ({ vi, en: vi });

export function radioField(id: string, showIf?: Field['showIf']): FieldOfKind<'radio'> {
	const field: FieldOfKind<'radio'> = {
		kind: 'radio',
		id,
		label: text(`Câu ${id}`),
		help: text('Chọn một.'),
		coaching: text('Để người dân tự chọn.'),
		required: true,
		options: [
			{ value: 'yes', label: text('Có') },
			{ value: 'no', label: text('Không') }
		]
	};
	return showIf ? { ...field, showIf } : field;
}

export function testDefinition(overrides: Partial<ProcedureDefinition> = {}): ProcedureDefinition {
	return {
		id: 'thu-tuc-thu',
		version: 1,
		slug: 'thu-tuc-thu',
		name: text('Thủ tục thử'),
		summary: text('Dùng cho kiểm thử.'),
		whoMayApply: text('Bất kỳ ai.'),
		field: 'civil_status',
		level: 'full',
		authority: text('Ủy ban nhân dân xã'),
		legalBasis: [{ instrument: 'Không có', text: text('Không có') }],
		timeLimit: { kind: 'working_days', days: 1 },
		fee: { rules: [], exemptions: [] },
		delivery: ['desk'],
		documents: [],
		steps: [
			{
				id: 'main',
				title: text('Bước chính'),
				fields: [
					radioField('x'),
					radioField('y', { field: 'x', equals: 'yes' }),
					radioField('z', { field: 'y', equals: 'yes' })
				]
			},
			{
				id: 'extra',
				title: text('Bước phụ'),
				showIf: { field: 'main.z', equals: 'yes' },
				fields: [radioField('w')]
			}
		],
		...overrides
	};
}
