import type { LocalizedText } from '../validation/issue';
import { parseFieldRef, type Condition, type FieldRef } from './condition';
import { documentPath, type DocumentProblem } from './document-problem';
import type { Field } from './field.schema';
import type { ProcedureDefinition } from './procedure.schema';
import { namedRule } from './rules';

type Path = (string | number)[];

/** A field reference used somewhere in the document; `stepId` is the step it is read from. */
type RefUse = { ref: FieldRef; stepId?: string; path: Path };

const partsByKind: Partial<Record<Field['kind'], readonly string[]>> = {
	person: ['fullName', 'dateOfBirth', 'sex', 'personalId', 'relation'],
	address: ['provinceCode', 'communeCode', 'communeName', 'street']
};

/** Every `field` a condition reads, with its path inside the condition. */
function conditionUses(condition: Condition, stepId: string | undefined, path: Path): RefUse[] {
	if ('all' in condition) {
		return condition.all.flatMap((c, i) => conditionUses(c, stepId, [...path, 'all', i]));
	}
	if ('any' in condition) {
		return condition.any.flatMap((c, i) => conditionUses(c, stepId, [...path, 'any', i]));
	}
	if ('not' in condition) return conditionUses(condition.not, stepId, [...path, 'not']);
	return [{ ref: condition.field, stepId, path: [...path, 'field'] }];
}

const ruleUses = (rule: boolean | Condition | undefined, stepId: string | undefined, path: Path) =>
	rule === undefined || typeof rule === 'boolean' ? [] : conditionUses(rule, stepId, path);

/** Every condition and quantity reference in a document, with its path. */
function conditionRefs(document: ProcedureDefinition): RefUse[] {
	const uses: RefUse[] = [];
	document.steps.forEach((step, s) => {
		uses.push(...ruleUses(step.showIf, step.id, ['steps', s, 'showIf']));
		step.fields.forEach((field, f) => {
			const at: Path = ['steps', s, 'fields', f];
			uses.push(...ruleUses(field.showIf, step.id, [...at, 'showIf']));
			uses.push(...ruleUses(field.required, step.id, [...at, 'required']));
		});
	});
	document.documents.forEach((slot, d) => {
		uses.push(...ruleUses(slot.required, undefined, ['documents', d, 'required']));
	});
	const fee = document.fee;
	uses.push(...ruleUses(fee.exemptIf, undefined, ['fee', 'exemptIf']));
	for (const key of ['copies', 'pages'] as const) {
		const ref = fee.quantities?.[key];
		if (ref !== undefined) uses.push({ ref, path: ['fee', 'quantities', key] });
	}
	return uses;
}

type Found = { field: Field; stepId: string; part?: string };

function findField(document: ProcedureDefinition, ref: FieldRef, stepId?: string) {
	const parsed = parseFieldRef(ref, stepId);
	if (!parsed) return undefined;
	const step = document.steps.find((s) => s.id === parsed.stepId);
	const field = step?.fields.find((f) => f.id === parsed.fieldId);
	return field && ({ field, stepId: parsed.stepId, part: parsed.part } satisfies Found);
}

const noField = (ref: string): LocalizedText => ({
	vi: `Không có trường «${ref}» trong tài liệu (viết «bước.trường», ví dụ «child.dateOfBirth»).`,
	en: `There is no field «${ref}» in the document (write «step.field», e.g. «child.dateOfBirth»).`
});

function checkRef(document: ProcedureDefinition, use: RefUse): LocalizedText | undefined {
	const found = findField(document, use.ref, use.stepId);
	if (!found) return noField(use.ref);
	if (found.part !== undefined && !partsByKind[found.field.kind]?.includes(found.part)) {
		const parts = partsByKind[found.field.kind];
		return {
			vi: `Trường «${found.field.id}» (loại ${found.field.kind}) không có phần «${found.part}»${parts ? `; các phần: ${parts.join(', ')}` : ''}.`,
			en: `Field «${found.field.id}» (kind ${found.field.kind}) has no part «${found.part}»${parts ? `; its parts: ${parts.join(', ')}` : ''}.`
		};
	}
	return undefined;
}

/** Ids that repeat in a list, each reported at its second and later occurrence. */
function duplicates<T>(items: readonly T[], id: (item: T) => string, path: (i: number) => Path) {
	const seen = new Set<string>();
	const problems: DocumentProblem[] = [];
	items.forEach((item, i) => {
		const value = id(item);
		if (seen.has(value)) {
			problems.push({
				path: documentPath(path(i)),
				message: {
					vi: `Mã «${value}» bị trùng; mỗi mã chỉ được dùng một lần.`,
					en: `The id «${value}» is used twice; each id must be unique.`
				}
			});
		}
		seen.add(value);
	});
	return problems;
}

function duplicateProblems(document: ProcedureDefinition): DocumentProblem[] {
	const problems = [
		...duplicates(
			document.steps,
			(s) => s.id,
			(i) => ['steps', i, 'id']
		),
		...duplicates(
			document.documents,
			(d) => d.id,
			(i) => ['documents', i, 'id']
		),
		...duplicates(
			document.practiceCases ?? [],
			(c) => c.id,
			(i) => ['practiceCases', i, 'id']
		),
		...duplicates(
			document.delivery,
			(d) => d,
			(i) => ['delivery', i]
		)
	];
	document.steps.forEach((step, s) => {
		problems.push(
			...duplicates(
				step.fields,
				(f) => f.id,
				(i) => ['steps', s, 'fields', i, 'id']
			)
		);
		step.fields.forEach((field, f) => {
			const at: Path = ['steps', s, 'fields', f];
			if (field.kind === 'radio' || field.kind === 'select') {
				problems.push(
					...duplicates(
						field.options,
						(o) => o.value,
						(i) => [...at, 'options', i, 'value']
					)
				);
			}
			if (field.kind === 'person' && field.relationOptions) {
				problems.push(
					...duplicates(
						field.relationOptions,
						(o) => o.value,
						(i) => [...at, 'relationOptions', i, 'value']
					)
				);
			}
		});
	});
	(document.practiceCases ?? []).forEach((c, p) => {
		problems.push(
			...duplicates(
				c.papers,
				(x) => x.id,
				(i) => ['practiceCases', p, 'papers', i, 'id']
			)
		);
	});
	return problems;
}

function slotProblems(document: ProcedureDefinition): DocumentProblem[] {
	const problems: DocumentProblem[] = [];
	const slotIds = new Set(document.documents.map((slot) => slot.id));
	const used = new Set<string>();
	document.steps.forEach((step, s) =>
		step.fields.forEach((field, f) => {
			if (field.kind !== 'document') return;
			used.add(field.slot);
			if (slotIds.has(field.slot)) return;
			problems.push({
				path: documentPath(['steps', s, 'fields', f, 'slot']),
				message: {
					vi: `Không có giấy tờ «${field.slot}» trong danh sách giấy tờ (documents).`,
					en: `There is no paper «${field.slot}» in the list of papers (documents).`
				}
			});
		})
	);
	document.documents.forEach((slot, d) => {
		if (used.has(slot.id)) return;
		problems.push({
			path: documentPath(['documents', d]),
			message: {
				vi: `Không có trường loại document nào nhận giấy tờ «${slot.id}».`,
				en: `No document field asks for the paper «${slot.id}».`
			}
		});
	});
	(document.practiceCases ?? []).forEach((c, p) =>
		c.papers.forEach((paper, i) => {
			if (paper.slot === undefined || slotIds.has(paper.slot)) return;
			problems.push({
				path: documentPath(['practiceCases', p, 'papers', i, 'slot']),
				message: {
					vi: `Không có giấy tờ «${paper.slot}» trong danh sách giấy tờ (documents).`,
					en: `There is no paper «${paper.slot}» in the list of papers (documents).`
				}
			});
		})
	);
	return problems;
}

/**
 * A field's visibility depends on the fields its `showIf` (and its step's) reads, since a hidden
 * answer is pruned. A cycle there — a field shown only when itself, through others, is shown —
 * has no sensible answer; the wizard would flicker between states.
 */
function cycleProblems(document: ProcedureDefinition): DocumentProblem[] {
	type Node = string; // 'step' or 'step.field'
	const edges = new Map<Node, { to: Node; path: Path }[]>();
	const link = (from: Node, to: Node, path: Path) =>
		edges.set(from, [...(edges.get(from) ?? []), { to, path }]);
	const dependsOn = (condition: Condition | undefined, from: Node, stepId: string, path: Path) => {
		if (!condition) return;
		for (const use of conditionUses(condition, stepId, path)) {
			const found = findField(document, use.ref, stepId);
			if (found) link(from, `${found.stepId}.${found.field.id}`, use.path);
		}
	};
	document.steps.forEach((step, s) => {
		dependsOn(step.showIf, step.id, step.id, ['steps', s, 'showIf']);
		step.fields.forEach((field, f) => {
			const node = `${step.id}.${field.id}`;
			link(node, step.id, ['steps', s]);
			dependsOn(field.showIf, node, step.id, ['steps', s, 'fields', f, 'showIf']);
		});
	});
	const problems: DocumentProblem[] = [];
	const state = new Map<Node, 'open' | 'done'>();
	const trail: Node[] = [];
	const visit = (node: Node) => {
		state.set(node, 'open');
		trail.push(node);
		for (const edge of edges.get(node) ?? []) {
			const seen = state.get(edge.to);
			if (seen === 'open') {
				const loop = [...trail.slice(trail.indexOf(edge.to)), edge.to].join(' → ');
				problems.push({
					path: documentPath(edge.path),
					message: {
						vi: `Điều kiện hiển thị tạo thành vòng lặp: ${loop}. Một trường không thể phụ thuộc vào chính nó.`,
						en: `The display conditions form a cycle: ${loop}. A field cannot depend on itself.`
					}
				});
			} else if (seen === undefined) visit(edge.to);
		}
		trail.pop();
		state.set(node, 'done');
	};
	for (const node of edges.keys()) if (!state.has(node)) visit(node);
	return problems;
}

function ruleProblems(document: ProcedureDefinition): DocumentProblem[] {
	const problems: DocumentProblem[] = [];
	(document.rules ?? []).forEach((use, r) => {
		const rule = namedRule(use.rule);
		if (!rule) return; // The schema already refused the name.
		for (const field of rule.fields(use.params)) {
			const path = documentPath(['rules', r, 'params', field.param]);
			const found = findField(document, field.ref);
			if (!found) {
				problems.push({ path, message: noField(field.ref) });
				continue;
			}
			const kind =
				found.part === undefined ? found.field.kind : `${found.field.kind}.${found.part}`;
			if (!(field.accepts as readonly string[]).includes(kind)) {
				problems.push({
					path,
					message: {
						vi: `Quy tắc «${use.rule}» cần ở «${field.param}» một trường loại ${field.accepts.join(' hoặc ')}; «${field.ref}» là ${kind}.`,
						en: `Rule «${use.rule}» needs for «${field.param}» a field of kind ${field.accepts.join(' or ')}; «${field.ref}» is ${kind}.`
					}
				});
			}
		}
	});
	return problems;
}

/** `fee.rules[0].amountVnd` read in the document; undefined when nothing is there. */
function factAt(document: ProcedureDefinition, fact: string): unknown {
	const segments = fact.match(/[^.[\]]+/g) ?? [];
	let value: unknown = document;
	for (const segment of segments) {
		if (typeof value !== 'object' || value === null) return undefined;
		value = Reflect.get(value, /^\d+$/.test(segment) ? Number(segment) : segment);
	}
	return value;
}

function sourceProblems(document: ProcedureDefinition): DocumentProblem[] {
	const problems: DocumentProblem[] = [];
	(document.sources ?? []).forEach((source, i) => {
		if (factAt(document, source.fact) !== undefined) return;
		problems.push({
			path: documentPath(['sources', i, 'fact']),
			message: {
				vi: `Không có thông tin «${source.fact}» trong tài liệu (viết đường dẫn, ví dụ «fee.rules[0].amountVnd»).`,
				en: `There is nothing at «${source.fact}» in the document (write a path, e.g. «fee.rules[0].amountVnd»).`
			}
		});
	});
	document.legalBasis.forEach((basis, i) => {
		if (!basis.inForceFrom || !basis.inForceTo || basis.inForceTo >= basis.inForceFrom) return;
		problems.push({
			path: documentPath(['legalBasis', i, 'inForceTo']),
			message: {
				vi: 'Ngày hết hiệu lực (inForceTo) đứng trước ngày có hiệu lực (inForceFrom).',
				en: 'The end of force (inForceTo) is before its start (inForceFrom).'
			}
		});
	});
	return problems;
}

function procedureProblems(document: ProcedureDefinition): DocumentProblem[] {
	const problems: DocumentProblem[] = [];
	if (document.level === 'partial' && !document.partialReason) {
		problems.push({
			path: 'partialReason',
			message: {
				vi: 'Thủ tục trực tuyến một phần phải nêu lý do (partialReason), theo Nghị định 224/2026.',
				en: 'A partly-online procedure must give its reason (partialReason), as Decree 224/2026 requires.'
			}
		});
	}
	if (document.inPersonRequired && document.delivery.includes('post')) {
		problems.push({
			path: documentPath(['delivery', document.delivery.indexOf('post')]),
			message: {
				vi: 'Thủ tục phải có mặt trực tiếp thì không nhận qua bưu chính (Quyết định 45/2016).',
				en: 'A procedure that requires presence cannot be sent by post (Decision 45/2016).'
			}
		});
	}
	if (
		document.effectiveFrom &&
		document.effectiveTo &&
		document.effectiveTo < document.effectiveFrom
	) {
		problems.push({
			path: 'effectiveTo',
			message: {
				vi: 'Ngày hết hiệu lực (effectiveTo) đứng trước ngày có hiệu lực (effectiveFrom).',
				en: 'The end date (effectiveTo) is before the start date (effectiveFrom).'
			}
		});
	}
	document.steps.forEach((step, s) => {
		if (step.id !== 'delivery') return;
		step.fields.forEach((field, f) => {
			if (field.id !== 'method' || (field.kind !== 'radio' && field.kind !== 'select')) return;
			const offered: readonly string[] = document.delivery;
			field.options.forEach((option, o) => {
				if (offered.includes(option.value)) return;
				problems.push({
					path: documentPath(['steps', s, 'fields', f, 'options', o, 'value']),
					message: {
						vi: `Cách nhận kết quả «${option.value}» không có trong danh sách delivery của thủ tục.`,
						en: `The delivery method «${option.value}» is not in the procedure's delivery list.`
					}
				});
			});
		});
	});
	return problems;
}

/**
 * What the schema cannot see: references to fields and papers that do not exist, repeated ids,
 * cycles of conditions, rules pointed at the wrong kind of field. The one place these checks
 * live; an empty list means the document is consistent.
 */
export function documentProblems(document: ProcedureDefinition): DocumentProblem[] {
	const refProblems = conditionRefs(document).flatMap((use) => {
		const message = checkRef(document, use);
		return message ? [{ path: documentPath(use.path), message }] : [];
	});
	return [
		...procedureProblems(document),
		...duplicateProblems(document),
		...slotProblems(document),
		...refProblems,
		...cycleProblems(document),
		...ruleProblems(document),
		...sourceProblems(document)
	];
}
