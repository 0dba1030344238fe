import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import type { FieldIssue } from '$lib/domain/procedures/validate-application';
import { translate, type Locale, type MessageKey } from '$lib/i18n/translate';

const partLabels: Record<string, MessageKey> = {
	fullName: 'field.fullName',
	dateOfBirth: 'field.dateOfBirth',
	sex: 'field.sex',
	personalId: 'field.personalId',
	relation: 'field.relation',
	provinceCode: 'field.province',
	communeCode: 'field.commune',
	communeName: 'field.communeTyped',
	street: 'field.street'
};

/** "Người yêu cầu – Số định danh cá nhân": where an issue is, for the error summary. */
export function issueLabel(
	definition: ProcedureDefinition,
	item: FieldIssue,
	locale: Locale
): string {
	const field = definition.steps
		.find((s) => s.id === item.stepId)
		?.fields.find((f) => f.id === item.fieldId);
	const part = item.path ? partLabels[item.path] : undefined;
	return [field?.label[locale], part ? translate(locale, part) : undefined]
		.filter(Boolean)
		.join(' – ');
}
