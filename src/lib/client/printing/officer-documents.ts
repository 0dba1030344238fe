/**
 * What the officer console prints: the apology letter (form 04) after a late dossier's apology,
 * and the guidance slip from a supplement request. Official documents are in Vietnamese.
 */
import type { Answers } from '$lib/domain/procedures/answers';
import { applicantName } from '$lib/domain/procedures/applicant-name';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import type { Apology, SupplementRequest } from '../officer/types';
import type { ApologyLetter, GuidanceSlip, Office } from '$lib/receipts/types';

/** Each document field of the procedure with the paper (slot) it asks for. */
export function documentFields(definition: ProcedureDefinition) {
	return definition.steps.flatMap((step) =>
		step.fields.flatMap((field) => {
			if (field.kind !== 'document') return [];
			const slot = definition.documents.find((d) => d.id === field.slot);
			return slot ? [{ stepId: step.id, field, slot }] : [];
		})
	);
}

/**
 * Signed by the head of office the administrator named (/quan-tri/co-quan); until one is named,
 * the usual title with the name left to write in.
 */
function signatoryOf(office: Office): ApologyLetter['signatory'] {
	const head = office.head;
	if (!head) return { name: '', title: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] };
	const title = head.title
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
	return { name: head.name, title };
}

export function apologyLetterFor(input: {
	office: Office;
	definition: ProcedureDefinition;
	dossier: { code: string; receivedAt: Date; answers: Answers };
	apology: Apology;
}): ApologyLetter {
	const { office, definition, dossier, apology } = input;
	return {
		kind: 'apology',
		office,
		issuedOn: apology.at,
		citizenName: applicantName(dossier.answers, definition),
		dossierCode: dossier.code,
		procedure: definition.name.vi,
		receivedAt: new Date(dossier.receivedAt),
		originalDueDate: apology.oldDate,
		reason: apology.reason,
		newDueDate: apology.newDate,
		signatory: signatoryOf(office)
	};
}

export function guidanceSlipFor(input: {
	office: Office;
	definition: ProcedureDefinition;
	answers: Answers;
	request: SupplementRequest;
	guidedBy?: string | undefined;
}): GuidanceSlip {
	const { definition, request } = input;
	const asked = new Set(request.reasons.flatMap((r) => (r.fieldId ? [r.fieldId] : [])));
	const missingSlots = new Set(
		documentFields(definition)
			.filter(({ field }) => asked.has(field.id))
			.map(({ slot }) => slot.id)
	);
	const documents = definition.documents.map((slot) => ({
		name: slot.name.vi,
		present: !missingSlots.has(slot.id),
		...(missingSlots.has(slot.id) && slot.note ? { note: slot.note.vi } : {})
	}));
	// Reasons without a paper of the procedure behind them still belong on the slip.
	const extra = request.reasons
		.filter((r) => !r.fieldId)
		.map((r) => ({ name: r.label, present: false }));
	const nextStep = [
		request.otherReason,
		'Ông/Bà bổ sung giấy tờ tại điểm hỗ trợ dịch vụ công, hoặc tại nhà trên trang “Tra cứu hồ sơ” bằng mã hồ sơ và 4 số cuối số điện thoại.'
	]
		.filter(Boolean)
		.join(' ');
	return {
		kind: 'guidance',
		office: input.office,
		applicantName: applicantName(input.answers, definition),
		procedure: definition.name.vi,
		issuedAt: new Date(request.at),
		documents: [...documents, ...extra],
		nextStep,
		...(input.guidedBy ? { guidedBy: input.guidedBy } : {})
	};
}
