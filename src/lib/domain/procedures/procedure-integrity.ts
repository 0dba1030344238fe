import { conditionRefs, parseFieldRef, type Condition, type FieldRef } from './condition';
import type { Field } from './field.schema';
import type { ProcedureDefinition } from './procedure.schema';

type RefUse = { ref: FieldRef; stepId?: string; where: string };

const partsByKind: Partial<Record<Field['kind'], readonly string[]>> = {
	person: ['fullName', 'dateOfBirth', 'sex', 'personalId', 'relation'],
	address: ['provinceCode', 'communeCode', 'communeName', 'street']
};

function conditionUses(
	rule: boolean | Condition | undefined,
	stepId: string | undefined,
	where: string
) {
	if (rule === undefined || typeof rule === 'boolean') return [];
	return conditionRefs(rule).map((ref): RefUse => ({ ref, stepId, where }));
}

function fieldUses(field: Field, stepId: string): RefUse[] {
	const where = `${stepId}.${field.id}`;
	const uses = [
		...conditionUses(field.showIf, stepId, `${where} showIf`),
		...conditionUses(field.required, stepId, `${where} required`)
	];
	const refs: (FieldRef | undefined)[] =
		field.kind === 'personal_id'
			? [field.dateOfBirthField, field.sexField]
			: field.kind === 'date'
				? [field.rules?.notBeforeField, field.rules?.notAfterField]
				: [];
	for (const ref of refs) if (ref !== undefined) uses.push({ ref, stepId, where });
	return uses;
}

/** Every field reference in a definition, with where it is used. */
export function definitionRefs(definition: ProcedureDefinition): RefUse[] {
	const uses: RefUse[] = [];
	for (const step of definition.steps) {
		uses.push(...conditionUses(step.showIf, step.id, `step ${step.id} showIf`));
		for (const field of step.fields) uses.push(...fieldUses(field, step.id));
	}
	for (const slot of definition.documents) {
		uses.push(...conditionUses(slot.required, undefined, `slot ${slot.id} required`));
	}
	const fee = definition.fee;
	uses.push(...conditionUses(fee.exemptIf, undefined, 'fee exemptIf'));
	for (const ref of [fee.quantities?.copies, fee.quantities?.pages]) {
		if (ref !== undefined) uses.push({ ref, where: 'fee quantities' });
	}
	return uses;
}

/**
 * Problems the schema cannot see: references to fields and slots that do not exist. An empty
 * list means the definition is consistent. Used by tests and by any editor of definitions.
 */
export function findDefinitionProblems(definition: ProcedureDefinition): string[] {
	const problems: string[] = [];
	const slotIds = new Set(definition.documents.map((slot) => slot.id));
	const usedSlots = new Set<string>();
	for (const step of definition.steps) {
		for (const field of step.fields) {
			if (field.kind !== 'document') continue;
			usedSlots.add(field.slot);
			if (!slotIds.has(field.slot)) problems.push(`${step.id}.${field.id}: no slot ${field.slot}`);
		}
	}
	for (const id of slotIds)
		if (!usedSlots.has(id)) problems.push(`slot ${id}: no field asks for it`);

	for (const { ref, stepId, where } of definitionRefs(definition)) {
		const parsed = parseFieldRef(ref, stepId);
		const step = parsed && definition.steps.find((s) => s.id === parsed.stepId);
		const field = parsed && step?.fields.find((f) => f.id === parsed.fieldId);
		if (!parsed || !field) {
			problems.push(`${where}: no field ${ref}`);
			continue;
		}
		if (parsed.part !== undefined && !partsByKind[field.kind]?.includes(parsed.part)) {
			problems.push(`${where}: ${field.kind} field has no part ${parsed.part}`);
		}
	}
	const method = definition.steps
		.find((s) => s.id === 'delivery')
		?.fields.find((f) => f.id === 'method');
	const offered: readonly string[] = definition.delivery;
	if (method && (method.kind === 'radio' || method.kind === 'select')) {
		for (const option of method.options) {
			if (!offered.includes(option.value)) {
				problems.push(`delivery.method offers ${option.value}, not in delivery`);
			}
		}
	}
	return problems;
}
