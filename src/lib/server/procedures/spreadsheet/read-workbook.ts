import ExcelJS from 'exceljs';
import type { LocalizedText } from '$lib/domain/validation/issue';
import { isDocumentPath, isPlainRecord, mergeInto, setPath } from './document-paths';
import {
	choiceColumns,
	choiceLists,
	feeColumns,
	fieldColumns,
	ownSheetKeys,
	paperColumns,
	procedureColumns,
	procedureJsonKeys,
	sheetNames,
	stepColumns,
	type Column
} from './layout';

/** `where` is Excel's own notation: `truong!D12`, `le-phi` for a whole sheet. */
export type SheetProblem = { where: string; message: LocalizedText };

export type WorkbookReading =
	| { ok: true; document: Record<string, unknown>; locate(path: string): string }
	| { ok: false; problems: SheetProblem[] };

type Raw = string | number | boolean | null;
type SheetRow = { number: number; cells: Map<string, { raw: Raw; letter: string }> };
type Place = { path: string; sheet: string; row: number; letter?: string };

const say = (vi: string, en: string): LocalizedText => ({ vi, en });

/** What a cell shows, whatever exceljs made of it (rich text, a formula, a date, a link). */
function plain(value: ExcelJS.CellValue): Raw | { error: string } {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string') return value.trim() === '' ? null : value;
	if (typeof value === 'number' || typeof value === 'boolean') return value;
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if ('richText' in value) return plain(value.richText.map((part) => part.text).join(''));
	if ('formula' in value || 'sharedFormula' in value) {
		return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
	}
	if ('hyperlink' in value) return plain(value.text as ExcelJS.CellValue);
	if ('error' in value) return { error: String(value.error) };
	return null;
}

const yes = new Set(['true', 'có', 'x', '1']);
const no = new Set(['false', 'không', '0']);

function booleanOf(raw: Raw): boolean | undefined {
	if (typeof raw === 'boolean') return raw;
	const word = String(raw).trim().toLowerCase();
	return yes.has(word) ? true : no.has(word) ? false : undefined;
}

type Converted = { ok: true; value: unknown } | { ok: false; message: LocalizedText };

function parseJson(raw: Raw): Converted {
	try {
		return { ok: true, value: JSON.parse(String(raw)) };
	} catch {
		return {
			ok: false,
			message: say('Ô này phải là JSON hợp lệ.', 'This cell must hold valid JSON.')
		};
	}
}

function convert(column: Column, raw: Raw): Converted {
	switch (column.kind) {
		case 'text':
			if (typeof raw === 'boolean')
				return { ok: false, message: say('Ô này phải là chữ.', 'This cell must hold text.') };
			return { ok: true, value: String(raw) };
		case 'number': {
			const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
			if (typeof raw === 'boolean' || !Number.isFinite(value)) {
				return {
					ok: false,
					message: say('Ô này phải là một số.', 'This cell must hold a number.')
				};
			}
			return { ok: true, value };
		}
		case 'boolean': {
			const value = booleanOf(raw);
			if (value === undefined) {
				return {
					ok: false,
					message: say('Ô này phải là TRUE hoặc FALSE.', 'This cell must be TRUE or FALSE.')
				};
			}
			return { ok: true, value };
		}
		case 'booleanOrJson': {
			const value = booleanOf(raw);
			return value === undefined ? parseJson(raw) : { ok: true, value };
		}
		case 'list':
			return {
				ok: true,
				value: String(raw)
					.split(',')
					.map((word) => word.trim())
					.filter((word) => word !== '')
			};
		case 'json':
			return parseJson(raw);
	}
}

class Reading {
	problems: SheetProblem[] = [];
	places: Place[] = [];

	problem(where: string, message: LocalizedText) {
		this.problems.push({ where, message });
	}

	/** The rows of a sheet under its header, which must name known columns only. */
	rows(workbook: ExcelJS.Workbook, name: string, columns: readonly Column[]): SheetRow[] {
		const sheet = workbook.getWorksheet(name);
		if (!sheet) {
			this.problem(name, say(`Thiếu trang «${name}».`, `The sheet "${name}" is missing.`));
			return [];
		}
		const header = new Map<number, string>();
		sheet.getRow(1).eachCell((cell, col) => {
			const title = plain(cell.value);
			if (title === null) return;
			const text = String(title).trim();
			const where = `${name}!${cell.address}`;
			if (!columns.some((c) => c.name === text)) {
				this.problem(
					where,
					say(`Cột «${text}» không có trong mẫu bảng tính.`, `Unknown column "${text}".`)
				);
			} else if ([...header.values()].includes(text)) {
				this.problem(where, say(`Cột «${text}» lặp lại.`, `The column "${text}" repeats.`));
			} else {
				header.set(col, text);
			}
		});
		const rows: SheetRow[] = [];
		sheet.eachRow((row, number) => {
			if (number === 1) return;
			const cells = new Map<string, { raw: Raw; letter: string }>();
			row.eachCell((cell, col) => {
				const name_ = header.get(col);
				const value = plain(cell.value);
				if (value !== null && typeof value === 'object') {
					this.problem(
						`${name}!${cell.address}`,
						say(
							`Ô có lỗi công thức (${value.error}).`,
							`The cell has a formula error (${value.error}).`
						)
					);
					return;
				}
				if (value === null) return;
				if (!name_) {
					if (!header.has(col) && plain(sheet.getRow(1).getCell(col).value) === null) {
						this.problem(
							`${name}!${cell.address}`,
							say(
								'Ô có nội dung nhưng cột không có tên.',
								'The cell has content but its column has no name.'
							)
						);
					}
					return;
				}
				cells.set(name_, { raw: value, letter: cell.address.replace(/\d+$/, '') });
			});
			if (cells.size > 0) rows.push({ number, cells });
		});
		return rows;
	}

	/** An item from a row: each column at its path, then `extra`'s keys. */
	item(
		sheet: string,
		row: SheetRow,
		columns: readonly Column[],
		path: string,
		skip: ReadonlySet<string>
	): Record<string, unknown> {
		const item: Record<string, unknown> = {};
		this.places.push({ path, sheet, row: row.number });
		for (const column of columns) {
			if (skip.has(column.name) || column.name === 'extra') continue;
			const cell = row.cells.get(column.name);
			if (!cell) continue;
			const converted = convert(column, cell.raw);
			const where = `${sheet}!${cell.letter}${row.number}`;
			if (!converted.ok) {
				this.problem(where, converted.message);
				continue;
			}
			setPath(item, column.name, converted.value);
			this.places.push({
				path: `${path}.${column.name}`,
				sheet,
				row: row.number,
				letter: cell.letter
			});
		}
		const extra = row.cells.get('extra');
		if (extra) {
			const converted = parseJson(extra.raw);
			const where = `${sheet}!${extra.letter}${row.number}`;
			if (!converted.ok) this.problem(where, converted.message);
			else if (!isPlainRecord(converted.value)) {
				this.problem(
					where,
					say(
						'Cột extra phải là một đối tượng JSON {…}.',
						'The extra column must be a JSON object {…}.'
					)
				);
			} else mergeInto(item, converted.value);
		}
		return item;
	}

	text(row: SheetRow, name: string): string | undefined {
		const raw = row.cells.get(name)?.raw;
		return raw === undefined || raw === null ? undefined : String(raw).trim();
	}

	/** Where a document path came from: the longest recorded path that starts it. */
	locate(path: string): string {
		let best: Place | undefined;
		for (const place of this.places) {
			const starts =
				path === place.path ||
				path.startsWith(`${place.path}.`) ||
				path.startsWith(`${place.path}[`);
			if (starts && (!best || place.path.length > best.path.length)) best = place;
		}
		if (!best) return path;
		const cell = `${best.sheet}!${best.letter ?? ''}${best.row}`;
		return path === '' ? cell : `${cell} (${path})`;
	}
}

const none: ReadonlySet<string> = new Set();

const onOwnSheet = (path: string) =>
	[...ownSheetKeys].some(
		(key) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)
	);

/**
 * A workbook in the spreadsheet layout, read into a procedure document (not yet validated: that
 * is validateProcedureDocument's, whose paths `locate` turns back into sheet, row and column).
 */
export async function readProcedureWorkbook(bytes: Uint8Array): Promise<WorkbookReading> {
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(
			bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
		);
	} catch {
		return {
			ok: false,
			problems: [
				{
					where: '',
					message: say(
						'Tệp không phải là bảng tính Excel (.xlsx) đọc được.',
						'The file is not a readable Excel workbook (.xlsx).'
					)
				}
			]
		};
	}
	const reading = new Reading();
	const document: Record<string, unknown> = {};

	for (const row of reading.rows(workbook, sheetNames.procedure, procedureColumns)) {
		const key = reading.text(row, 'key');
		const value = row.cells.get('value');
		const where = `${sheetNames.procedure}!A${row.number}`;
		if (!key) {
			reading.problem(where, say('Dòng này thiếu khoá (cột key).', 'This row has no key.'));
			continue;
		}
		const list = key.endsWith('[]');
		const path = list ? key.slice(0, -2) : key;
		if (!isDocumentPath(path)) {
			reading.problem(where, say(`Khoá «${key}» không hợp lệ.`, `The key "${key}" is not valid.`));
			continue;
		}
		if (onOwnSheet(path)) {
			reading.problem(
				where,
				say(
					`Khoá «${key}» được nhập ở trang riêng của nó.`,
					`The key "${key}" belongs on its own sheet.`
				)
			);
			continue;
		}
		const raw = value?.raw ?? null;
		const valueWhere = `${sheetNames.procedure}!${value?.letter ?? 'B'}${row.number}`;
		let converted: Converted;
		if (list) converted = convert({ name: 'value', kind: 'list' }, raw ?? '');
		else if (raw === null) converted = { ok: true, value: '' };
		else if (procedureJsonKeys.has(path) || raw === '[]' || raw === '{}')
			converted = parseJson(raw);
		else converted = { ok: true, value: raw };
		if (!converted.ok) {
			reading.problem(valueWhere, converted.message);
			continue;
		}
		setPath(document, path, converted.value);
		reading.places.push({
			path,
			sheet: sheetNames.procedure,
			row: row.number,
			letter: value?.letter ?? 'B'
		});
	}

	const steps: Record<string, unknown>[] = [];
	const stepIndex = new Map<string, number>();
	for (const row of reading.rows(workbook, sheetNames.steps, stepColumns)) {
		const path = `steps[${steps.length}]`;
		const step = reading.item(sheetNames.steps, row, stepColumns, path, none);
		step.fields = [];
		if (typeof step.id === 'string') stepIndex.set(step.id, steps.length);
		steps.push(step);
	}
	document.steps = steps;

	const fieldsOf = new Map<string, { field: Record<string, unknown>; path: string }>();
	for (const row of reading.rows(workbook, sheetNames.fields, fieldColumns)) {
		const stepId = reading.text(row, 'step');
		const at = stepId === undefined ? undefined : stepIndex.get(stepId);
		if (at === undefined) {
			reading.problem(
				`${sheetNames.fields}!${row.cells.get('step')?.letter ?? 'A'}${row.number}`,
				say(
					`Bước «${stepId ?? ''}» không có trong trang «${sheetNames.steps}».`,
					`The step "${stepId ?? ''}" is not on the sheet "${sheetNames.steps}".`
				)
			);
			continue;
		}
		const fields = steps[at]!.fields as Record<string, unknown>[];
		const path = `steps[${at}].fields[${fields.length}]`;
		const field = reading.item(sheetNames.fields, row, fieldColumns, path, new Set(['step']));
		fields.push(field);
		if (typeof field.id === 'string') fieldsOf.set(`${stepId}.${field.id}`, { field, path });
	}

	for (const row of reading.rows(workbook, sheetNames.choices, choiceColumns)) {
		const stepId = reading.text(row, 'step') ?? '';
		const fieldId = reading.text(row, 'field') ?? '';
		const list = reading.text(row, 'list') ?? 'options';
		const found = fieldsOf.get(`${stepId}.${fieldId}`);
		const where = `${sheetNames.choices}!A${row.number}`;
		if (!found) {
			reading.problem(
				where,
				say(
					`Trường «${stepId}.${fieldId}» không có trong trang «${sheetNames.fields}».`,
					`The field "${stepId}.${fieldId}" is not on the sheet "${sheetNames.fields}".`
				)
			);
			continue;
		}
		if (!(choiceLists as readonly string[]).includes(list)) {
			reading.problem(
				`${sheetNames.choices}!${row.cells.get('list')?.letter ?? 'C'}${row.number}`,
				say(
					`Cột list phải là ${choiceLists.join(' hoặc ')}.`,
					`The list column must be ${choiceLists.join(' or ')}.`
				)
			);
			continue;
		}
		const choices = (found.field[list] ??= []) as unknown[];
		choices.push(
			reading.item(
				sheetNames.choices,
				row,
				choiceColumns,
				`${found.path}.${list}[${choices.length}]`,
				new Set(['step', 'field', 'list'])
			)
		);
	}

	document.documents = reading
		.rows(workbook, sheetNames.papers, paperColumns)
		.map((row, index) =>
			reading.item(sheetNames.papers, row, paperColumns, `documents[${index}]`, none)
		);

	const fee = (isPlainRecord(document.fee) ? document.fee : (document.fee = {})) as Record<
		string,
		unknown
	>;
	const rules: unknown[] = [];
	const exemptions: unknown[] = [];
	for (const row of reading.rows(workbook, sheetNames.fees, feeColumns)) {
		const type = reading.text(row, 'type');
		const skip = new Set(['type']);
		if (type === 'rule') {
			rules.push(
				reading.item(sheetNames.fees, row, feeColumns, `fee.rules[${rules.length}]`, skip)
			);
		} else if (type === 'exemption') {
			const item = reading.item(
				sheetNames.fees,
				row,
				feeColumns,
				`fee.exemptions[${exemptions.length}]`,
				skip
			);
			// An exemption is a text in both languages: its label.
			exemptions.push(
				isPlainRecord(item.label) && Object.keys(item).length === 1 ? item.label : item
			);
		} else {
			reading.problem(
				`${sheetNames.fees}!${row.cells.get('type')?.letter ?? 'A'}${row.number}`,
				say('Cột type phải là rule hoặc exemption.', 'The type column must be rule or exemption.')
			);
		}
	}
	fee.rules = rules;
	fee.exemptions = exemptions;

	if (reading.problems.length > 0) return { ok: false, problems: reading.problems };
	return { ok: true, document, locate: (path) => reading.locate(path) };
}
