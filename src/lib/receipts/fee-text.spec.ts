import { beforeAll, describe, expect, it } from 'vitest';
import { readTestFonts, runPdfToText } from '$testing/receipts/pdf-tools';
import { sampleReceipt } from '$testing/receipts/sample-documents';
import { FEE_SET_BY_PROVINCE, receiptFeeText } from './fee-text';
import { renderDocument } from './index';
import type { ReceiptFonts } from './types';

let fonts: ReceiptFonts;
beforeAll(() => {
	fonts = readTestFonts();
});

describe('the receipt’s fee line', () => {
	it('says free, an amount, or the province’s schedule', () => {
		expect(receiptFeeText(0)).toBe('Miễn phí');
		expect(receiptFeeText(16_000)).toBe('16.000 đồng');
		expect(receiptFeeText(FEE_SET_BY_PROVINCE)).toBe('Theo mức thu của tỉnh');
	});

	it('prints "Theo mức thu của tỉnh", never 0 đ, for a late registration', async () => {
		const slip = { ...sampleReceipt, fee: FEE_SET_BY_PROVINCE };
		const pdf = await renderDocument(slip, { paper: 'A5', fonts });
		const text = runPdfToText(pdf).replace(/\s+/g, ' ');
		expect(text).toContain('Lệ phí: Theo mức thu của tỉnh');
		expect(text).not.toMatch(/Lệ phí: (Miễn phí|0\s?đ)/);
	});
});
