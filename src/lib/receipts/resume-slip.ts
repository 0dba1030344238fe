/**
 * Phiếu tiếp tục tại nhà: the resume code, large and grouped so it can be read aloud and typed
 * back, and as a QR code. Never the PIN: code and PIN together open the draft, so the PIN stays
 * in the citizen's head (DESIGN.md, Drafts and privacy); the type has no field for it.
 */
import {
	formatAdministrativeDate,
	formatAdministrativeDateTime
} from '$lib/domain/text/administrative-date';
import type { IsoDate } from '$lib/domain/calendar/iso-date';
import { documentTitle, field, footnote, numberedList, qrPanel, sectionHeading } from './blocks';
import type { PageFlow } from './page-flow';
import type { ResumeSlip } from './types';

export const RESUME_TITLE = 'PHIẾU TIẾP TỤC TẠI NHÀ';

export function layOutResume(flow: PageFlow, slip: ResumeSlip): void {
	if (slip.accessPoint) flow.paragraph(slip.accessPoint, { size: 'small', bold: true, after: 8 });
	documentTitle(
		flow,
		RESUME_TITLE,
		'Làm tiếp hồ sơ đang làm dở trên điện thoại hoặc máy tính ở nhà'
	);
	if (slip.procedure) field(flow, 'Thủ tục hành chính', slip.procedure, { bold: true, after: 8 });

	flow.paragraph('Mã tiếp tục', { align: 'center', bold: true });
	flow.paragraph(slip.resumeCode, { size: 'huge', bold: true, align: 'center', after: 4 });
	flow.paragraph(`Mã dùng được ${validUntil(slip.expiresAt)}.`, { align: 'center', after: 10 });

	qrPanel(flow, slip.resumeUrl, [
		[{ text: 'Quét mã QR để mở trang tiếp tục', bold: true }],
		'Hoặc gõ địa chỉ này vào trình duyệt:',
		slip.resumeUrl
	]);

	sectionHeading(flow, 'Cách làm tiếp ở nhà');
	numberedList(flow, [
		'Quét mã QR trên phiếu này, hoặc mở trang ghi ở trên.',
		[{ text: 'Nhập ' }, { text: 'Mã tiếp tục', bold: true }, { text: ' in trên phiếu này.' }],
		[
			{ text: 'Nhập ' },
			{ text: 'Mã PIN', bold: true },
			{
				text: ' Ông/Bà đã đặt khi bắt đầu. Mã PIN không in trên phiếu này để giữ an toàn cho hồ sơ.'
			}
		],
		[
			{ text: 'Bấm ' },
			{ text: 'Mở hồ sơ', bold: true },
			{ text: ', rồi làm tiếp từ bước đang dừng.' }
		],
		[
			{ text: 'Làm xong, bấm ' },
			{ text: 'Nộp hồ sơ', bold: true },
			{ text: ' như khi làm tại điểm hỗ trợ.' }
		]
	]);
	footnote(
		flow,
		`Phiếu lập lúc ${formatAdministrativeDateTime(slip.issuedAt)}. Giữ phiếu này riêng, không đưa cho người khác cùng với Mã PIN. Quá hạn dùng mã, Ông/Bà đến lại điểm hỗ trợ để làm tiếp.`
	);
}

function validUntil(expiresAt: Date | IsoDate): string {
	return typeof expiresAt === 'string'
		? `đến hết ${formatAdministrativeDate(expiresAt)}`
		: `đến ${formatAdministrativeDateTime(expiresAt)}`;
}
