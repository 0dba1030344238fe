import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { getProcedure, readShippedDocuments } from '$testing/procedures/catalogue';
import { validateProcedureDocument } from '$lib/domain/procedures/validate-document';
import { readProcedureWorkbook } from './read-workbook';
import { writeProcedureWorkbook } from './write-workbook';

const bytesOf = async (workbook: ExcelJS.Workbook) =>
	new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);

/** A shipped procedure's workbook, opened with the library to be edited as an official would. */
async function editable(id: string): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await writeProcedureWorkbook(getProcedure(id)!)).buffer as ArrayBuffer);
	return workbook;
}

describe('the procedure spreadsheet', () => {
	it('reads back every shipped document exactly as it was written', async () => {
		for (const document of readShippedDocuments()) {
			const reading = await readProcedureWorkbook(await writeProcedureWorkbook(document));
			expect(reading.ok, document.id).toBe(true);
			if (reading.ok) expect(reading.document).toEqual(JSON.parse(JSON.stringify(document)));
		}
	});

	it('reads a workbook built by hand, sheet by sheet, into a valid document', async () => {
		const birth = getProcedure('dang-ky-khai-sinh')!;
		const workbook = await editable(birth.id);
		// An official changes a fee note and a label, typing in the cells.
		const procedure = workbook.getWorksheet('thu-tuc')!;
		procedure.eachRow((row) => {
			if (row.getCell(1).value === 'version') row.getCell(2).value = 2;
			if (row.getCell(1).value === 'fee.note.vi') row.getCell(2).value = 'Lệ phí mới';
		});
		const fields = workbook.getWorksheet('truong')!;
		const labelColumn = (fields.getRow(1).values as unknown[]).indexOf('label.vi');
		fields.getRow(2).getCell(labelColumn).value = {
			richText: [{ text: 'Người ' }, { text: 'đi khai' }]
		};
		const reading = await readProcedureWorkbook(await bytesOf(workbook));
		expect(reading.ok).toBe(true);
		const checked = validateProcedureDocument(reading.ok ? reading.document : undefined);
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		expect(checked.document.version).toBe(2);
		expect(checked.document.fee.note?.vi).toBe('Lệ phí mới');
		expect(checked.document.steps[0]!.fields[0]!.label.vi).toBe('Người đi khai');
	});

	it('names the sheet, row and column of an unknown column and of a bad cell', async () => {
		const workbook = await editable('dang-ky-khai-sinh');
		const fields = workbook.getWorksheet('truong')!;
		const free = fields.getRow(1).cellCount + 1;
		fields.getRow(1).getCell(free).value = 'mauSac';
		const maxLength = (fields.getRow(1).values as unknown[]).indexOf('maxLength');
		fields.getRow(3).getCell(maxLength).value = 'mười';
		const steps = workbook.getWorksheet('buoc')!;
		const showIf = (steps.getRow(1).values as unknown[]).indexOf('showIf');
		steps.getRow(2).getCell(showIf).value = '{field: oops';
		const reading = await readProcedureWorkbook(await bytesOf(workbook));
		expect(reading.ok).toBe(false);
		const problems = reading.ok ? [] : reading.problems;
		const letter = (n: number) => fields.getRow(1).getCell(n).address.replace(/\d+$/, '');
		expect(problems.map((p) => p.where)).toEqual([
			`buoc!${steps.getRow(1).getCell(showIf).address.replace(/\d+$/, '')}2`,
			`truong!${letter(free)}1`,
			`truong!${letter(maxLength)}3`
		]);
		expect(problems[1]!.message).toEqual({
			vi: 'Cột «mauSac» không có trong mẫu bảng tính.',
			en: 'Unknown column "mauSac".'
		});
		expect(problems[2]!.message.en).toBe('This cell must hold a number.');
	});

	it('turns a problem of the document back into its sheet, row and column', async () => {
		const workbook = await editable('dang-ky-khai-sinh');
		const fields = workbook.getWorksheet('truong')!;
		const kind = (fields.getRow(1).values as unknown[]).indexOf('kind');
		fields.getRow(4).getCell(kind).value = 'hologram';
		const reading = await readProcedureWorkbook(await bytesOf(workbook));
		if (!reading.ok) throw new Error('should read');
		const checked = validateProcedureDocument(reading.document);
		expect(checked.ok).toBe(false);
		const where = checked.ok ? [] : checked.problems.map((p) => reading.locate(p.path));
		const cell = fields.getRow(4).getCell(kind).address;
		expect(where).toEqual([`truong!${cell} (steps[1].fields[0].kind)`]);
	});

	it('says a file is not a workbook', async () => {
		const reading = await readProcedureWorkbook(new TextEncoder().encode('không phải xlsx'));
		expect(reading).toMatchObject({ ok: false, problems: [{ where: '' }] });
	});
});
