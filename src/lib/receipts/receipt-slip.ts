/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the content of form 01 of Circular 03/2025/TT-VPCP
 * (code, applicant, procedure, papers, time received, due date, how the result comes back). The
 * exact layout of the form is unverified (DOMAIN.md), so this is a clean, complete slip rather
 * than a facsimile.
 */
import {
	formatAdministrativeDate,
	formatAdministrativeDateTime
} from '$lib/domain/text/administrative-date';
import {
	documentTitle,
	field,
	footnote,
	nationalHeading,
	sectionHeading,
	signatures
} from './blocks';
import { drawCode128, encodeCode128 } from './code128';
import { receiptFeeText } from './fee-text';
import type { PageFlow } from './page-flow';
import { drawQr, encodeQr } from './qr-code';
import { table } from './table';
import type { ReceiptSlip } from './types';

export const RECEIPT_TITLE = 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ';

const PRIVACY_NOTE =
	'Thông tin cá nhân trên giấy này chỉ dùng để giải quyết hồ sơ, theo Luật Bảo vệ dữ liệu cá nhân. ' +
	'Ông/Bà giữ giấy cẩn thận và mang theo khi nhận kết quả.';

export function layOutReceipt(flow: PageFlow, slip: ReceiptSlip): void {
	nationalHeading(flow, slip.office, { on: slip.receivedAt });
	documentTitle(flow, RECEIPT_TITLE);
	codesRow(flow, slip.dossierCode, slip.lookupUrl);

	const receiver = [slip.office.unit, slip.office.name].filter(Boolean).join(', ');
	flow.paragraph(`${receiver} đã tiếp nhận hồ sơ của:`, { after: 3 });
	field(flow, 'Ông/Bà', slip.applicant.name, { bold: true });
	if (slip.applicant.phone) field(flow, 'Số điện thoại', slip.applicant.phone);
	if (slip.applicant.address) field(flow, 'Địa chỉ', slip.applicant.address);
	field(flow, 'Thủ tục hành chính', slip.procedure, { bold: true });

	sectionHeading(flow, 'Giấy tờ trong hồ sơ');
	table(
		flow,
		[
			{ header: 'STT', share: 8, align: 'center' },
			{ header: 'Tên giấy tờ', share: 56 },
			{ header: 'Hình thức', share: 20, align: 'center' },
			{ header: 'Số lượng', share: 16, align: 'center' }
		],
		slip.documents.map((document, index) => [
			String(index + 1),
			document.name,
			document.form ?? '',
			String(document.copies).padStart(2, '0')
		])
	);

	field(flow, 'Thời gian tiếp nhận', formatAdministrativeDateTime(slip.receivedAt));
	field(flow, 'Hẹn trả kết quả', formatAdministrativeDate(slip.dueDate), { bold: true });
	field(flow, 'Hình thức nhận kết quả', slip.resultDelivery);
	field(flow, 'Lệ phí', receiptFeeText(slip.fee), { after: 8 });

	flow.paragraph(
		[
			{ text: 'Tra cứu tình trạng hồ sơ: ', bold: true },
			{ text: `quét mã QR ở đầu giấy bằng điện thoại, hoặc mở trang ${slip.lookupUrl}` }
		],
		{ size: 'small', after: 4 }
	);

	signatures(flow, [
		{ title: 'NGƯỜI NỘP HỒ SƠ', note: '(Ký, ghi rõ họ tên)', name: slip.applicant.name },
		{ title: 'NGƯỜI TIẾP NHẬN', note: '(Ký, ghi rõ họ tên)', name: slip.receivedBy }
	]);
	footnote(flow, PRIVACY_NOTE);
}

/**
 * The code as bars for the office's scanner and as large text for the citizen, with the QR code
 * of the status look-up beside it: one row keeps an A5 receipt on one page.
 */
function codesRow(flow: PageFlow, code: string, lookupUrl: string): void {
	const qrSide = flow.pt(80);
	const caption = 'Quét để tra cứu';
	const captionStyle = {
		x: flow.right - qrSide,
		width: qrSide,
		size: 'small',
		align: 'center'
	} as const;
	const rowHeight = qrSide + flow.heightOf(caption, captionStyle);
	const barHeight = flow.pt(36);
	const blockHeight = barHeight + flow.pt(3) + flow.lineHeight('heading');
	flow.ensure(rowHeight);
	const top = flow.y;

	drawQr(flow, encodeQr(lookupUrl), flow.right - qrSide, top, qrSide);
	flow.paragraphAt(caption, captionStyle, top - qrSide);

	const barArea = { x: flow.left, width: flow.width - qrSide - flow.pt(8) };
	const barTop = top - (rowHeight - blockHeight) / 2;
	drawCode128(flow, encodeCode128(code), {
		...barArea,
		top: barTop,
		height: barHeight,
		// 0.35 mm on both papers: thinner bars blur on a worn printer and a webcam scanner.
		moduleWidth: 1
	});
	flow.paragraphAt(
		[{ text: 'Mã hồ sơ: ' }, { text: code, bold: true }],
		{ ...barArea, size: 'heading', align: 'center' },
		barTop - barHeight - flow.pt(3)
	);
	flow.y = top - rowHeight - flow.pt(8);
}
