/**
 * Printed when a dossier is saved but not yet sent: the office has not seen it, so there is no
 * dossier code and no due date yet, only the local reference (DESIGN.md, Sync).
 */
import { formatAdministrativeDateTime } from '$lib/domain/text/administrative-date';
import {
	documentTitle,
	field,
	footnote,
	numberedList,
	qrPanel,
	sectionHeading,
	stamp
} from './blocks';
import type { PageFlow } from './page-flow';
import type { PendingSlip } from './types';

export const PENDING_TITLE = 'PHIẾU HỒ SƠ ĐÃ LƯU, CHỜ GỬI';

export function layOutPending(flow: PageFlow, slip: PendingSlip): void {
	if (slip.accessPoint) flow.paragraph(slip.accessPoint, { size: 'small', bold: true, after: 8 });
	documentTitle(flow, PENDING_TITLE);
	stamp(flow, 'CHỜ GỬI', 'Hồ sơ chưa được gửi đến cơ quan giải quyết');

	field(flow, 'Số tham chiếu', slip.localReference, { bold: true });
	field(flow, 'Thủ tục hành chính', slip.procedure, { bold: true });
	field(flow, 'Thời gian lưu hồ sơ', formatAdministrativeDateTime(slip.createdAt), { after: 6 });

	sectionHeading(flow, 'Việc tiếp theo');
	numberedList(flow, [
		'Hồ sơ đã được lưu trên máy này nhưng chưa gửi đi. Ông/Bà không phải làm gì thêm.',
		'Khi có kết nối mạng trở lại, ứng dụng sẽ tự động gửi hồ sơ đến cơ quan giải quyết.',
		'Khi cơ quan tiếp nhận, Ông/Bà sẽ có Giấy tiếp nhận hồ sơ và hẹn trả kết quả, ghi Mã hồ sơ và ngày hẹn trả kết quả. Giấy đó thay cho phiếu này.',
		'Phiếu này chưa phải giấy hẹn trả kết quả.'
	]);
	flow.gap(6);

	qrPanel(flow, slip.lookupUrl, [
		[{ text: 'Xem hồ sơ đã được gửi chưa', bold: true }],
		'Quét mã QR bằng điện thoại, hoặc mở trang dưới đây và nhập Số tham chiếu:',
		slip.lookupUrl
	]);
	footnote(
		flow,
		'Ông/Bà giữ phiếu này cho đến khi nhận được Giấy tiếp nhận hồ sơ và hẹn trả kết quả.'
	);
}
