import type { ProcedureDefinition } from '../../lib/domain/procedures/procedure.schema';

/**
 * The next version of a shipped procedure with one more required text field at the end of its
 * first step; its sample and practice answers fill it, so the document still validates.
 */
export function withAddedField(
	definition: ProcedureDefinition,
	fieldId: string,
	effectiveFrom: string
): ProcedureDefinition {
	const next = structuredClone(definition);
	next.version = definition.version + 1;
	next.effectiveFrom = effectiveFrom;
	const step = next.steps[0]!;
	step.fields.push({
		kind: 'text',
		id: fieldId,
		label: { vi: 'Ghi chú thêm', en: 'Additional note' },
		help: { vi: 'Nhập ghi chú.', en: 'Enter a note.' },
		coaching: { vi: 'Mời Ông/Bà nhập ghi chú.', en: 'Ask them to enter a note.' },
		required: true
	});
	const fill = (answers: Record<string, Record<string, unknown>>) => {
		answers[step.id] = { ...answers[step.id], [fieldId]: 'Ghi chú mẫu' };
	};
	if (next.sampleCase) fill(next.sampleCase);
	for (const practiceCase of next.practiceCases ?? []) fill(practiceCase.answers);
	return next;
}
