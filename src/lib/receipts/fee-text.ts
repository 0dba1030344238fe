/**
 * The receipt's fee line. Apart from the layout so that the browser code that fills a receipt
 * (client/printing/receipt-data.ts) can name the words without loading pdf-lib.
 */
import { formatVnd } from '$lib/domain/text/money';
import type { ReceiptSlip } from './types';

/**
 * A fee the province sets, with no figure recorded for this one (a late birth or death
 * registration, a marital status confirmation): the officer collects the province's amount, so
 * the receipt must not say "Miễn phí" or 0 đ.
 */
export const FEE_SET_BY_PROVINCE = 'Theo mức thu của tỉnh';

/** 0 is free of charge, other amounts are in đồng, words print as they are. */
export function receiptFeeText(fee: ReceiptSlip['fee']): string {
	if (typeof fee === 'string') return fee;
	return fee === 0 ? 'Miễn phí' : formatVnd(fee, 'vi');
}
