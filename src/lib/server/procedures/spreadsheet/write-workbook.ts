import ExcelJS from 'exceljs';
import type { ProcedureDefinition } from '$lib/domain/procedures/procedure.schema';
import { flatten, isPlainRecord } from './document-paths';
import {
	choiceColumns,
	choiceLists,
	feeColumns,
	fieldColumns,
	linkColumns,
	paperColumns,
	procedureColumns,
	procedureJsonKeys,
	sheetNames,
	stepColumns,
	type Column
} from './layout';

type Cell = string | number | boolean;
type Row = Record<string, Cell>;

const isEmptyContainer = (value: unknown) =>
	(Array.isArray(value) && value.length === 0) ||
	(isPlainRecord(value) && Object.keys(value).length === 0);

/** A list of plain words, written as `a, b` under a key ending in `[]`. */
const isWordList = (value: unknown): value is string[] =>
	Array.isArray(value) &&
	value.length > 0 &&
	value.every(
		(item) => typeof item === 'string' && item !== '' && item === item.trim() && !item.includes(',')
	);

/** Whether a column can hold the value as it is. */
function fits(column: Column, value: unknown): boolean {
	switch (column.kind) {
		case 'text':
			return typeof value === 'string';
		case 'number':
			return typeof value === 'number';
		case 'boolean':
			return typeof value === 'boolean';
		case 'list':
			return isWordList(value);
		default:
			return true;
	}
}

const encode = (column: Column, value: unknown): Cell => {
	if (column.kind === 'json') return JSON.stringify(value);
	if (column.kind === 'booleanOrJson')
		return typeof value === 'boolean' ? value : JSON.stringify(value);
	if (column.kind === 'list') return (value as string[]).join(', ');
	return value as Cell;
};

/**
 * One item as a row: each key under its column(s) when every part of it fits them, the rest as
 * JSON in `extra`. `skip` names keys written on another sheet.
 */
function rowOf(
	item: Record<string, unknown>,
	columns: readonly Column[],
	skip: readonly string[] = []
): Row {
	const row: Row = {};
	const rest: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(item)) {
		if (skip.includes(key) || value === undefined) continue;
		const own = columns.find((c) => c.name === key && !linkColumns.has(c.name));
		if (own && fits(own, value)) {
			row[key] = encode(own, value);
			continue;
		}
		const parts = isPlainRecord(value) ? Object.entries(value) : [];
		const placed = parts.map(([sub, subValue]) => {
			const column = columns.find((c) => c.name === `${key}.${sub}`);
			return column && fits(column, subValue) ? ([column, subValue] as const) : undefined;
		});
		if (parts.length > 0 && placed.every((p) => p !== undefined)) {
			for (const [column, subValue] of placed as [Column, unknown][]) {
				row[column.name] = encode(column, subValue);
			}
		} else {
			rest[key] = value;
		}
	}
	if (Object.keys(rest).length > 0 && columns.some((c) => c.name === 'extra')) {
		row.extra = JSON.stringify(rest);
	}
	return row;
}

/** The `thu-tuc` rows: every leaf of the document outside the parts that have a sheet. */
function procedureRows(document: ProcedureDefinition): Row[] {
	const {
		steps: _steps,
		documents: _documents,
		fee: { rules: _rules, exemptions: _exemptions, ...fee },
		...rest
	} = document;
	const leaves = flatten(
		{ ...rest, fee },
		'',
		(path, value) => procedureJsonKeys.has(path) || isEmptyContainer(value) || isWordList(value)
	);
	return leaves.map(([key, value]) => {
		if (procedureJsonKeys.has(key) || isEmptyContainer(value)) {
			return { key, value: JSON.stringify(value) };
		}
		if (isWordList(value)) return { key: `${key}[]`, value: value.join(', ') };
		return { key, value: value as Cell };
	});
}

function addSheet(
	workbook: ExcelJS.Workbook,
	name: string,
	columns: readonly Column[],
	rows: Row[]
) {
	const sheet = workbook.addWorksheet(name);
	sheet.columns = columns.map((column) => ({
		header: column.name,
		key: column.name,
		width:
			column.kind === 'json' || column.name.endsWith('.vi') || column.name.endsWith('.en') ? 40 : 16
	}));
	sheet.getRow(1).font = { bold: true };
	sheet.views = [{ state: 'frozen', ySplit: 1 }];
	for (const row of rows) sheet.addRow(row);
}

/** A procedure document as a workbook in the spreadsheet layout (xlsx bytes). */
export async function writeProcedureWorkbook(document: ProcedureDefinition): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Cùng Làm';
	const fieldRows: Row[] = [];
	const choiceRows: Row[] = [];
	for (const step of document.steps) {
		for (const field of step.fields) {
			fieldRows.push({ step: step.id, ...rowOf(field, fieldColumns, [...choiceLists]) });
			for (const list of choiceLists) {
				const choices = (field as Record<string, unknown>)[list];
				if (!Array.isArray(choices)) continue;
				for (const choice of choices as { value: string; label: { vi: string; en: string } }[]) {
					choiceRows.push({
						step: step.id,
						field: field.id,
						list,
						value: choice.value,
						'label.vi': choice.label.vi,
						'label.en': choice.label.en
					});
				}
			}
		}
	}
	const feeRows: Row[] = [
		...document.fee.rules.map((rule) => ({ type: 'rule', ...rowOf(rule, feeColumns) })),
		...document.fee.exemptions.map((exemption): Row => {
			const plain =
				isPlainRecord(exemption) &&
				Object.keys(exemption).every((k) => k === 'vi' || k === 'en') &&
				typeof exemption.vi === 'string' &&
				typeof exemption.en === 'string';
			return plain
				? { type: 'exemption', 'label.vi': exemption.vi, 'label.en': exemption.en }
				: { type: 'exemption', extra: JSON.stringify(exemption) };
		})
	];
	addSheet(workbook, sheetNames.procedure, procedureColumns, procedureRows(document));
	addSheet(
		workbook,
		sheetNames.steps,
		stepColumns,
		document.steps.map((step) => rowOf(step, stepColumns, ['fields']))
	);
	addSheet(workbook, sheetNames.fields, fieldColumns, fieldRows);
	addSheet(workbook, sheetNames.choices, choiceColumns, choiceRows);
	addSheet(
		workbook,
		sheetNames.papers,
		paperColumns,
		document.documents.map((slot) => rowOf(slot, paperColumns))
	);
	addSheet(workbook, sheetNames.fees, feeColumns, feeRows);
	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
