import { isSafeText } from '../text/safe-text';
import { formatIssue } from '../validation/messages';
import { documentPath, problemFromZodIssue, type DocumentProblem } from './document-problem';
import { practiceToday } from './practice-case.schema';
import { documentProblems } from './procedure-integrity';
import { procedureDefinitionSchema, type ProcedureDefinition } from './procedure.schema';
import { validateApplication, type FieldIssue } from './validate-application';

export type { DocumentProblem };

export type DocumentValidation =
	{ ok: true; document: ProcedureDefinition } | { ok: false; problems: DocumentProblem[] };

/**
 * Every string of the document under the text rule (`safe-text.ts`): a control character, a
 * bidi override or a lone surrogate in a label would reach every citizen's screen and every
 * receipt, so it is refused wherever it is. Keys are ids the schema checks by pattern.
 */
function unsafeTextProblems(value: unknown, path: (string | number)[] = []): DocumentProblem[] {
	if (typeof value === 'string') {
		if (isSafeText(value)) return [];
		return [
			{
				path: documentPath(path),
				message: {
					vi: 'Chữ có ký tự điều khiển hoặc ký tự ẩn không được phép (ví dụ ký tự NUL, ký tự đảo chiều); hãy gõ lại đoạn chữ này.',
					en: 'The text holds a control or hidden character that is not allowed (e.g. NUL, a direction override); type this text again.'
				}
			}
		];
	}
	if (Array.isArray(value))
		return value.flatMap((item, i) => unsafeTextProblems(item, [...path, i]));
	if (typeof value === 'object' && value !== null) {
		return Object.entries(value).flatMap(([key, child]) =>
			unsafeTextProblems(child, [...path, key])
		);
	}
	return [];
}

function answerProblems(
	document: ProcedureDefinition,
	answers: unknown,
	path: (string | number)[]
): DocumentProblem[] {
	const result = validateApplication(document, answers, { today: practiceToday });
	const errors = result.issues.filter((item) => item.issue.severity === 'error');
	const where = (item: FieldIssue) =>
		documentPath([...path, item.stepId, item.fieldId, ...(item.path ? [item.path] : [])]);
	return errors.map((item) => ({
		path: where(item),
		message: {
			vi: `Câu trả lời mẫu không hợp lệ: ${formatIssue(item.issue, 'vi')}`,
			en: `The sample answer does not pass: ${formatIssue(item.issue, 'en')}`
		}
	}));
}

/** The sample case and every practice case must pass the document's own validation. */
function sampleProblems(document: ProcedureDefinition): DocumentProblem[] {
	const problems: DocumentProblem[] = [];
	if (document.sampleCase) {
		problems.push(...answerProblems(document, document.sampleCase, ['sampleCase']));
	}
	(document.practiceCases ?? []).forEach((c, i) => {
		problems.push(...answerProblems(document, c.answers, ['practiceCases', i, 'answers']));
	});
	return problems;
}

/**
 * A procedure document as a ward's editor hands it in (parsed JSON, or a spreadsheet turned into
 * JSON): the schema, the text rule over every string, then the checks a schema cannot express
 * (procedure-integrity.ts), then the sample and practice answers against the document itself.
 * Problems say where (`steps[2].fields[4].showIf.field`) and why, in Vietnamese and English.
 */
export function validateProcedureDocument(raw: unknown): DocumentValidation {
	const textProblems = unsafeTextProblems(raw);
	const parsed = procedureDefinitionSchema.safeParse(raw);
	if (!parsed.success) {
		const known = new Set(textProblems.map((p) => p.path));
		const schemaProblems = parsed.error.issues
			.map((issue) => problemFromZodIssue(issue, raw))
			.filter((problem) => !known.has(problem.path));
		return { ok: false, problems: [...textProblems, ...schemaProblems] };
	}
	const document = parsed.data;
	const structural = [...textProblems, ...documentProblems(document)];
	// Sample answers are checked only on a consistent document: against a broken one, every
	// answer would fail for the same reason already reported.
	const problems = structural.length > 0 ? structural : sampleProblems(document);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, document };
}
