import type { z } from 'zod';
import type { LocalizedText } from '../validation/issue';

/**
 * What is wrong with a procedure document, and where: `path` is the place inside the document
 * as an editor reads it (`steps[2].fields[4].showIf.field`; '' for the whole document), and the
 * reason is in both languages, since it reaches a ward's editor through the CLI and the admin
 * screen alike.
 */
export type DocumentProblem = { path: string; message: LocalizedText };

/** `['steps', 2, 'fields', 4, 'showIf']` → `steps[2].fields[4].showIf`. */
export function documentPath(segments: readonly PropertyKey[]): string {
	let path = '';
	for (const segment of segments) {
		if (typeof segment === 'number') path += `[${segment}]`;
		else path += path === '' ? String(segment) : `.${String(segment)}`;
	}
	return path;
}

const quoted = (values: readonly unknown[]) =>
	values.map((value) => `«${String(value)}»`).join(', ');

const pathEnd = (path: readonly PropertyKey[]) => path.at(-1);

// Messages the schema gives its own formats (common.schema.ts, condition.ts, field.schema.ts).
const formatMessages: Record<string, LocalizedText> = {
	'camelCase id': {
		vi: 'Mã phải viết liền, bắt đầu bằng chữ thường, chỉ gồm chữ không dấu và số (ví dụ «dateOfBirth»).',
		en: 'An id is one word starting with a lower-case letter, letters without accents and digits only (e.g. «dateOfBirth»).'
	},
	'field reference': {
		vi: 'Tham chiếu trường phải có dạng «bước.trường» hoặc «bước.trường.phần» (ví dụ «child.dateOfBirth»).',
		en: 'A field reference reads «step.field» or «step.field.part» (e.g. «child.dateOfBirth»).'
	},
	'ISO date yyyy-mm-dd': {
		vi: 'Ngày phải viết theo dạng năm-tháng-ngày (ví dụ «2026-07-01»).',
		en: 'A date is written year-month-day (e.g. «2026-07-01»).'
	},
	'valid regular expression': {
		vi: 'Mẫu kiểm tra (pattern) không phải biểu thức chính quy hợp lệ.',
		en: 'The pattern is not a valid regular expression.'
	},
	slug: {
		vi: 'Chỉ gồm chữ thường không dấu, số và dấu gạch ngang (ví dụ «dang-ky-khai-sinh»).',
		en: 'Lower-case letters without accents, digits and hyphens only (e.g. «dang-ky-khai-sinh»).'
	}
};

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): LocalizedText {
	const small = issue.code === 'too_small';
	const bound = small ? issue.minimum : issue.maximum;
	const n = String(bound);
	switch (issue.origin) {
		case 'string':
			return small && Number(bound) === 1
				? { vi: 'Không được để trống.', en: 'Must not be blank.' }
				: small
					? { vi: `Cần ít nhất ${n} ký tự.`, en: `Needs at least ${n} characters.` }
					: { vi: `Dài quá ${n} ký tự.`, en: `Longer than ${n} characters.` };
		case 'array':
		case 'set':
			return small
				? { vi: `Cần ít nhất ${n} mục.`, en: `Needs at least ${n} item(s).` }
				: { vi: `Nhiều quá ${n} mục.`, en: `More than ${n} items.` };
		default: {
			const strict = issue.inclusive === false;
			if (small) {
				return strict
					? { vi: `Phải lớn hơn ${n}.`, en: `Must be greater than ${n}.` }
					: { vi: `Phải từ ${n} trở lên.`, en: `Must be at least ${n}.` };
			}
			return strict
				? { vi: `Phải nhỏ hơn ${n}.`, en: `Must be less than ${n}.` }
				: { vi: `Không được lớn hơn ${n}.`, en: `Must be at most ${n}.` };
		}
	}
}

const typeNames: Record<string, LocalizedText> = {
	string: { vi: 'chuỗi chữ', en: 'text' },
	number: { vi: 'số', en: 'a number' },
	int: { vi: 'số nguyên', en: 'a whole number' },
	boolean: { vi: 'true hoặc false', en: 'true or false' },
	array: { vi: 'danh sách [...]', en: 'a list [...]' },
	object: { vi: 'đối tượng {...}', en: 'an object {...}' },
	record: { vi: 'đối tượng {...}', en: 'an object {...}' }
};

function discriminatorMessage(
	issue: z.core.$ZodIssueInvalidUnion & { discriminator?: string; options?: unknown[] },
	received: unknown
): LocalizedText {
	const options = quoted(issue.options ?? []);
	const value = `«${String(received)}»`;
	if (issue.discriminator === 'kind' && issue.path.includes('fields')) {
		return {
			vi: `Loại trường ${value} không có. Các loại trường: ${options}.`,
			en: `There is no field kind ${value}. The field kinds are: ${options}.`
		};
	}
	if (issue.discriminator === 'rule') {
		return {
			vi: `Không có quy tắc tên ${value}. Các quy tắc: ${options}.`,
			en: `There is no rule named ${value}. The rules are: ${options}.`
		};
	}
	return {
		vi: `Giá trị ${value} không được chấp nhận; chọn một trong: ${options}.`,
		en: `${value} is not accepted; choose one of: ${options}.`
	};
}

function missing(path: readonly PropertyKey[]): LocalizedText {
	const name = String(pathEnd(path) ?? '');
	if (name === 'per' && path.includes('rules')) {
		return {
			vi: 'Mỗi mức lệ phí phải ghi đơn vị tính (per): «dossier» (mỗi hồ sơ), «copy» (mỗi bản) hoặc «page» (mỗi trang).',
			en: 'Every fee rule names its unit (per): «dossier», «copy» or «page».'
		};
	}
	return { vi: `Thiếu mục bắt buộc «${name}».`, en: `The required item «${name}» is missing.` };
}

/** A zod issue as an editor reads it: where, and why in Vietnamese and English. */
export function problemFromZodIssue(issue: z.core.$ZodIssue, input: unknown): DocumentProblem {
	const path = documentPath(issue.path);
	const received = valueAt(input, issue.path);
	return { path, message: zodIssueMessage(issue, received) };
}

function zodIssueMessage(issue: z.core.$ZodIssue, received: unknown): LocalizedText {
	switch (issue.code) {
		case 'invalid_type': {
			if (received === undefined) return missing(issue.path);
			const type = typeNames[issue.expected] ?? { vi: issue.expected, en: issue.expected };
			return { vi: `Cần ${type.vi}.`, en: `Expected ${type.en}.` };
		}
		case 'unrecognized_keys':
			return {
				vi: `Mục không có trong mẫu tài liệu: ${quoted(issue.keys)}.`,
				en: `Not part of the document format: ${quoted(issue.keys)}.`
			};
		case 'invalid_union':
			if (
				'discriminator' in issue ||
				('note' in issue && issue.note === 'No matching discriminator')
			) {
				return discriminatorMessage(issue, received);
			}
			if (issue.path.some((segment) => segment === 'showIf' || segment === 'exemptIf')) {
				return {
					vi: 'Điều kiện không đúng dạng: dùng field với equals, notEquals, in, isTrue hoặc isFilled; hoặc all, any, not.',
					en: 'Not a condition: use field with equals, notEquals, in, isTrue or isFilled; or all, any, not.'
				};
			}
			return {
				vi: 'Giá trị không khớp dạng nào được chấp nhận.',
				en: 'The value matches none of the accepted shapes.'
			};
		case 'invalid_value':
			if (received === undefined) return missing(issue.path);
			return {
				vi: `Giá trị «${String(received)}» không được chấp nhận; chọn một trong: ${quoted(issue.values)}.`,
				en: `«${String(received)}» is not accepted; choose one of: ${quoted(issue.values)}.`
			};
		case 'too_small':
		case 'too_big':
			return sizeMessage(issue);
		case 'invalid_format':
		case 'custom':
			return (
				formatMessages[issue.message] ?? {
					vi: `Không đúng dạng (${issue.message}).`,
					en: `Not in the expected form (${issue.message}).`
				}
			);
		default:
			return {
				vi: `Giá trị không hợp lệ (${issue.message}).`,
				en: `Invalid value (${issue.message}).`
			};
	}
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let value = input;
	for (const segment of path) {
		if (typeof value !== 'object' || value === null) return undefined;
		value = Reflect.get(value, segment);
	}
	return value;
}
