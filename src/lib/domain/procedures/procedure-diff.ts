import type { LocalizedText } from '../validation/issue';
import { documentPath } from './document-problem';
import type { Field, Step } from './field.schema';
import type { DocumentSlot, ProcedureDefinition } from './procedure.schema';

/** One difference between two versions of a procedure, said in words for the administrator. */
export type ProcedureChange = {
	path: string;
	label: LocalizedText;
	kind: 'added' | 'removed' | 'changed';
	before?: string;
	after?: string;
};

type Path = (string | number)[];

// Names of the document's parts, as the administrator's screen says them.
const partNames: Record<string, LocalizedText> = {
	id: { vi: 'Mã', en: 'Id' },
	slug: { vi: 'Đường dẫn', en: 'Slug' },
	catalogueOrder: { vi: 'Thứ tự trong danh mục', en: 'Catalogue order' },
	effectiveFrom: { vi: 'Ngày có hiệu lực', en: 'Effective from' },
	effectiveTo: { vi: 'Ngày hết hiệu lực', en: 'Effective until' },
	draftGraceDays: { vi: 'Số ngày gia hạn cho hồ sơ đang soạn', en: 'Grace days for drafts' },
	portalCodes: { vi: 'Mã trên Cổng dịch vụ công', en: 'Portal codes' },
	name: { vi: 'Tên thủ tục', en: 'Name' },
	summary: { vi: 'Mô tả', en: 'Summary' },
	whoMayApply: { vi: 'Người được nộp', en: 'Who may apply' },
	field: { vi: 'Lĩnh vực', en: 'Field of law' },
	level: { vi: 'Mức độ trực tuyến', en: 'Online level' },
	partialReason: { vi: 'Lý do trực tuyến một phần', en: 'Reason for partly online' },
	authority: { vi: 'Cơ quan giải quyết', en: 'Authority' },
	legalBasis: { vi: 'Căn cứ pháp lý', en: 'Legal basis' },
	timeLimit: { vi: 'Thời hạn giải quyết', en: 'Processing time' },
	fee: { vi: 'Lệ phí', en: 'Fee' },
	delivery: { vi: 'Cách nhận kết quả', en: 'Delivery' },
	inPersonRequired: { vi: 'Phải có mặt trực tiếp', en: 'Presence required' },
	result: { vi: 'Kết quả', en: 'Result' },
	rules: { vi: 'Quy tắc kiểm tra', en: 'Validation rules' },
	sampleCase: { vi: 'Câu trả lời mẫu', en: 'Sample answers' },
	practiceCases: { vi: 'Bài luyện tập', en: 'Practice cases' },
	sources: { vi: 'Nguồn và xác minh', en: 'Sources and verification' },
	// Inner parts.
	label: { vi: 'nhãn', en: 'label' },
	help: { vi: 'hướng dẫn', en: 'help' },
	example: { vi: 'ví dụ', en: 'example' },
	coaching: { vi: 'lời hướng dẫn của tình nguyện viên', en: 'coaching' },
	required: { vi: 'bắt buộc', en: 'required' },
	showIf: { vi: 'điều kiện hiển thị', en: 'shown when' },
	options: { vi: 'các lựa chọn', en: 'options' },
	kind: { vi: 'loại', en: 'kind' },
	title: { vi: 'tiêu đề', en: 'title' },
	intro: { vi: 'lời giới thiệu', en: 'introduction' },
	note: { vi: 'ghi chú', en: 'note' },
	amountVnd: { vi: 'số tiền', en: 'amount' },
	per: { vi: 'đơn vị tính', en: 'unit' },
	exemptions: { vi: 'trường hợp miễn', en: 'exemptions' },
	setByProvince: { vi: 'theo mức của tỉnh', en: 'set by the province' },
	maxPerCopyVnd: { vi: 'mức tối đa mỗi bản', en: 'ceiling per copy' },
	days: { vi: 'số ngày làm việc', en: 'working days' },
	daysIfVerification: { vi: 'số ngày khi cần xác minh', en: 'days when verification is needed' },
	extraDaysIfVerification: {
		vi: 'số ngày thêm khi cần xác minh',
		en: 'extra days when verification is needed'
	},
	formNumber: { vi: 'số mẫu', en: 'form number' },
	acceptedTypes: { vi: 'loại tệp nhận', en: 'accepted file types' },
	maxFiles: { vi: 'số tệp tối đa', en: 'most files' },
	maxSizeMb: { vi: 'dung lượng tối đa', en: 'largest size' },
	instrument: { vi: 'văn bản', en: 'instrument' },
	number: { vi: 'số hiệu', en: 'number' },
	article: { vi: 'điều khoản', en: 'article' },
	inForceFrom: { vi: 'hiệu lực từ', en: 'in force from' },
	inForceTo: { vi: 'hết hiệu lực', en: 'in force until' },
	text: { vi: 'nội dung hiển thị', en: 'text shown' },
	fact: { vi: 'thông tin', en: 'fact' },
	verified: { vi: 'đã xác minh', en: 'verified' },
	reference: { vi: 'trích dẫn', en: 'reference' },
	url: { vi: 'đường dẫn', en: 'link' },
	channel: { vi: 'cách nộp', en: 'channel' },
	fromUnit: { vi: 'từ', en: 'from' },
	toUnit: { vi: 'đến', en: 'to' },
	provinceCode: { vi: 'mã tỉnh', en: 'province code' },
	quantities: { vi: 'số bản và số trang', en: 'copies and pages' },
	exemptIf: { vi: 'điều kiện miễn', en: 'exempt when' },
	params: { vi: 'tham số', en: 'parameters' },
	rule: { vi: 'tên quy tắc', en: 'rule name' },
	validityMonths: { vi: 'thời hạn (tháng)', en: 'valid for (months)' }
};

// Where a part's name depends on what holds it ('rules' of the fee are not the document's rules).
const innerNames: Record<string, LocalizedText> = {
	'fee.rules': { vi: 'mức thu', en: 'rate' },
	'fee.note': { vi: 'ghi chú', en: 'note' },
	'result.name': { vi: 'tên giấy tờ', en: 'name of the paper' }
};

const nameOf = (key: string | number, path: Path = []): LocalizedText => {
	if (typeof key === 'number') return { vi: `mục ${key + 1}`, en: `item ${key + 1}` };
	const holder = path.findLast((segment) => typeof segment === 'string');
	return innerNames[`${String(holder)}.${key}`] ?? partNames[key] ?? { vi: key, en: key };
};

const join = (base: LocalizedText, part: LocalizedText): LocalizedText => ({
	vi: `${base.vi}: ${part.vi}`,
	en: `${base.en}: ${part.en}`
});

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const isLocalized = (value: unknown): value is LocalizedText =>
	isObject(value) &&
	typeof value.vi === 'string' &&
	typeof value.en === 'string' &&
	Object.keys(value).length === 2;

/** JSON with keys sorted, so that two documents differing only in key order are equal. */
function stable(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
	if (isObject(value)) {
		const keys = Object.keys(value).sort();
		return `{${keys.map((k) => `${JSON.stringify(k)}:${stable(value[k])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** A value as the administrator reads it. */
function shown(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (isLocalized(value)) return `${value.vi} / ${value.en}`;
	if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || isLocalized(v))) {
		return value.map((v) => shown(v)).join('; ');
	}
	return stable(value);
}

type Out = ProcedureChange[];

function leaf(out: Out, path: Path, label: LocalizedText, before: unknown, after: unknown) {
	const kind = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
	const change: ProcedureChange = { path: documentPath(path), label, kind };
	const b = shown(before);
	const a = shown(after);
	if (b !== undefined) change.before = b;
	if (a !== undefined) change.after = a;
	out.push(change);
}

/** Part by part: objects key by key, lists item by item, anything else as one value. */
function diffValue(out: Out, path: Path, label: LocalizedText, before: unknown, after: unknown) {
	if (stable(before) === stable(after)) return;
	if (isObject(before) && isObject(after) && !isLocalized(before) && !isLocalized(after)) {
		const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
		for (const key of keys) {
			diffValue(out, [...path, key], join(label, nameOf(key, path)), before[key], after[key]);
		}
		return;
	}
	if (Array.isArray(before) && Array.isArray(after) && before.some(isObject)) {
		const length = Math.max(before.length, after.length);
		for (let i = 0; i < length; i += 1) {
			diffValue(out, [...path, i], join(label, nameOf(i)), before[i], after[i]);
		}
		return;
	}
	leaf(out, path, label, before, after);
}

/** Lists whose items have ids are matched by id, so that inserting one does not shift the rest. */
function diffById<T extends { id: string }>(
	out: Out,
	path: Path,
	before: readonly T[],
	after: readonly T[],
	labelOf: (item: T) => LocalizedText,
	inner: (out: Out, path: Path, label: LocalizedText, b: T, a: T) => void
) {
	after.forEach((item, i) => {
		const old = before.find((candidate) => candidate.id === item.id);
		if (!old) leaf(out, [...path, i], labelOf(item), undefined, shown(nameOrId(item)));
		else inner(out, [...path, i], labelOf(item), old, item);
	});
	before.forEach((item, i) => {
		if (!after.some((candidate) => candidate.id === item.id)) {
			leaf(out, [...path, i], labelOf(item), shown(nameOrId(item)), undefined);
		}
	});
}

function nameOrId(item: { id: string }): unknown {
	for (const key of ['label', 'title', 'name'] as const) {
		const value = Reflect.get(item, key);
		if (isLocalized(value)) return value;
	}
	return item.id;
}

const fieldLabel = (field: Field, step: Step): LocalizedText => ({
	vi: `Trường «${field.label.vi}» (bước ${step.title.vi})`,
	en: `Field «${field.label.en}» (step ${step.title.en})`
});

const stepLabel = (step: Step): LocalizedText => ({
	vi: `Bước «${step.title.vi}»`,
	en: `Step «${step.title.en}»`
});

const slotLabel = (slot: DocumentSlot): LocalizedText => ({
	vi: `Giấy tờ «${slot.name.vi}»`,
	en: `Paper «${slot.name.en}»`
});

function diffFields(out: Out, path: Path, before: Step, after: Step) {
	diffById(
		out,
		[...path, 'fields'],
		before.fields,
		after.fields,
		(f) => fieldLabel(f, after),
		(o, p, label, b, a) => {
			if (b.kind !== a.kind) leaf(o, [...p, 'kind'], join(label, nameOf('kind')), b.kind, a.kind);
			else diffValue(o, p, label, b, a);
		}
	);
}

/**
 * What changed from the published version to a new one, part by part: the administrator reads
 * this before publishing. Steps, fields, papers and practice cases are matched by id. Without
 * a `before` (a new procedure), one change says so.
 */
export function diffProcedures(
	before: ProcedureDefinition | undefined,
	after: ProcedureDefinition
): ProcedureChange[] {
	if (!before) {
		return [
			{
				path: '',
				label: { vi: 'Thủ tục mới', en: 'New procedure' },
				kind: 'added',
				after: shown(after.name)
			}
		];
	}
	const out: Out = [];
	const ignored = new Set(['$schema', 'version', 'steps', 'documents', 'practiceCases']);
	// A version uploaded without a date takes one when it is published: not a difference.
	if (after.effectiveFrom === undefined) ignored.add('effectiveFrom');
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
	for (const key of keys) {
		if (ignored.has(key)) continue;
		diffValue(out, [key], nameOf(key), Reflect.get(before, key), Reflect.get(after, key));
	}
	diffById(out, ['documents'], before.documents, after.documents, slotLabel, diffValue);
	diffById(out, ['steps'], before.steps, after.steps, stepLabel, (o, p, label, b, a) => {
		const { fields: _bf, ...bRest } = b;
		const { fields: _af, ...aRest } = a;
		diffValue(o, p, label, bRest, aRest);
		diffFields(o, p, b, a);
	});
	const caseLabel = (c: { id: string }): LocalizedText => ({
		vi: `Bài luyện tập «${c.id}»`,
		en: `Practice case «${c.id}»`
	});
	diffById(
		out,
		['practiceCases'],
		before.practiceCases ?? [],
		after.practiceCases ?? [],
		caseLabel,
		diffValue
	);
	return out;
}
