import type { Answers } from '../procedures/answers';
import type { ProcedureDefinition } from '../procedures/procedure.schema';
import {
	validateApplication,
	visibleSteps,
	type ValidationOptions
} from '../procedures/validate-application';

export type AnswerDifference = { stepId: string; fieldId: string; parts: string[] };

const plain = (v: unknown) =>
	typeof v === 'string' ? v.normalize('NFC').trim().replace(/\s+/g, ' ') : v;
const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Both sides cleaned when both are valid (always so after "Nộp hồ sơ"); otherwise both raw, so
 * that one side's normalisation (a fixed sex added, a date rewritten) is not taken for a change.
 */
function comparable(
	definition: ProcedureDefinition,
	expected: Answers,
	given: Answers,
	options: ValidationOptions
): [Answers, Answers] {
	const want = validateApplication(definition, expected, options);
	const got = validateApplication(definition, given, options);
	return want.ok && got.ok
		? [want.application.answers, got.application.answers]
		: [expected, given];
}

/** The parts of one field that differ; [''] when the field as a whole differs. */
function differingParts(expected: unknown, given: unknown): string[] {
	// Papers: what counts is that the right number of them was attached, not which image.
	if (Array.isArray(expected) || Array.isArray(given)) {
		const count = (v: unknown) => (Array.isArray(v) ? v.length : 0);
		return count(expected) === count(given) ? [] : [''];
	}
	if (isRecord(expected) || isRecord(given)) {
		const e = isRecord(expected) ? expected : {};
		const g = isRecord(given) ? given : {};
		const keys = [...new Set([...Object.keys(e), ...Object.keys(g)])];
		return keys.filter((k) => differingParts(e[k], g[k]).length > 0);
	}
	return plain(expected) === plain(given) || (expected == null && given === '') ? [] : [''];
}

/**
 * Practice mode's check: which fields of the steps the case implies (or the citizen reached)
 * hold something other than the case's answers. Both sides are normalised by the same
 * validation first, so "28/10/2026" and "2026-10-28" are the same answer.
 */
export function compareWithCase(
	definition: ProcedureDefinition,
	expected: Answers,
	given: Answers,
	options: ValidationOptions = {}
): AnswerDifference[] {
	const [want, got] = comparable(definition, expected, given, options);
	const seen = new Set<string>();
	const differences: AnswerDifference[] = [];
	for (const answers of [expected, given]) {
		for (const { step, fields } of visibleSteps(definition, answers)) {
			for (const field of fields) {
				const key = `${step.id}.${field.id}`;
				if (seen.has(key)) continue;
				seen.add(key);
				const parts = differingParts(want[step.id]?.[field.id], got[step.id]?.[field.id]);
				if (parts.length > 0) differences.push({ stepId: step.id, fieldId: field.id, parts });
			}
		}
	}
	return differences;
}
