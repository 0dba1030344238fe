/**
 * The spreadsheet layout of a procedure document (docs/procedure-spreadsheet.md), for officials
 * who work in Excel. One sheet per part; the first row names the columns, each further row is
 * one item. Column names are the document's own keys, so the layout and the JSON Schema say
 * the same thing; `extra` holds, as JSON, whatever part of an item has no column of its own.
 */
export type ColumnKind = 'text' | 'number' | 'boolean' | 'json' | 'booleanOrJson' | 'list';

export type Column = { name: string; kind: ColumnKind };

const text = (name: string): Column => ({ name, kind: 'text' });
const localized = (name: string): Column[] => [text(`${name}.vi`), text(`${name}.en`)];
const number = (name: string): Column => ({ name, kind: 'number' });
const json = (name: string): Column => ({ name, kind: 'json' });
const extra = json('extra');

export const sheetNames = {
	procedure: 'thu-tuc',
	steps: 'buoc',
	fields: 'truong',
	choices: 'lua-chon',
	papers: 'giay-to',
	fees: 'le-phi'
} as const;

/** `thu-tuc`: one row per key of the procedure (a dotted path into the document) and its value. */
export const procedureColumns: Column[] = [text('key'), { name: 'value', kind: 'text' }];

/** Keys of `thu-tuc` whose value is written as JSON: nested structures nobody edits by hand. */
export const procedureJsonKeys: ReadonlySet<string> = new Set([
	'practiceCases',
	'sampleCase',
	'fee.exemptIf',
	'fee.quantities'
]);

/** Parts of the document that have their own sheet, left out of `thu-tuc`. */
export const ownSheetKeys: ReadonlySet<string> = new Set([
	'steps',
	'documents',
	'fee.rules',
	'fee.exemptions'
]);

export const stepColumns: Column[] = [
	text('id'),
	...localized('title'),
	...localized('intro'),
	json('showIf'),
	extra
];

export const fieldColumns: Column[] = [
	text('step'),
	text('id'),
	text('kind'),
	...localized('label'),
	...localized('help'),
	...localized('example'),
	...localized('coaching'),
	{ name: 'required', kind: 'booleanOrJson' },
	json('showIf'),
	text('slot'),
	text('pattern'),
	number('minLength'),
	number('maxLength'),
	number('min'),
	number('max'),
	{ name: 'integer', kind: 'boolean' },
	...localized('unit'),
	extra
];

/** The lists of choices a field may have, each row naming its field by step and id. */
export const choiceLists = ['options', 'relationOptions'] as const;

export const choiceColumns: Column[] = [
	text('step'),
	text('field'),
	text('list'),
	text('value'),
	...localized('label')
];

export const paperColumns: Column[] = [
	text('id'),
	...localized('name'),
	text('formNumber'),
	{ name: 'required', kind: 'booleanOrJson' },
	{ name: 'acceptedTypes', kind: 'list' },
	number('maxFiles'),
	number('maxSizeMb'),
	...localized('note'),
	extra
];

/** `type` is `rule` (a fee) or `exemption` (who pays nothing). */
export const feeColumns: Column[] = [
	text('type'),
	...localized('label'),
	number('amountVnd'),
	text('per'),
	text('channel'),
	number('fromUnit'),
	number('toUnit'),
	text('provinceCode'),
	extra
];

/** Keys of a row's item that its sheet writes elsewhere than in `extra`. */
export const linkColumns: ReadonlySet<string> = new Set(['step', 'field', 'list', 'type', 'extra']);
