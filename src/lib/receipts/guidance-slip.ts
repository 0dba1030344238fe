/**
 * Phiếu hướng dẫn hoàn thiện hồ sơ: which papers of the procedure the citizen has and which are
 * still missing, each with what to do, so that the next visit is the last one.
 */
import { formatAdministrativeDate } from '$lib/domain/text/administrative-date';
import {
	documentTitle,
	field,
	footnote,
	nationalHeading,
	sectionHeading,
	signatures
} from './blocks';
import type { PageFlow } from './page-flow';
import { table } from './table';
import type { GuidanceSlip } from './types';

export const GUIDANCE_TITLE = 'PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ';

export function layOutGuidance(flow: PageFlow, slip: GuidanceSlip): void {
	nationalHeading(flow, slip.office, { on: slip.issuedAt });
	documentTitle(flow, GUIDANCE_TITLE);
	if (slip.applicantName) field(flow, 'Kính gửi Ông/Bà', slip.applicantName, { bold: true });
	field(flow, 'Thủ tục hành chính', slip.procedure, { bold: true, after: 6 });

	const missing = slip.documents.filter((document) => !document.present).length;
	flow.paragraph(
		missing === 0
			? 'Hồ sơ đã có đủ các giấy tờ dưới đây.'
			: `Hồ sơ còn thiếu ${missing} trên ${slip.documents.length} giấy tờ. Ông/Bà chuẩn bị các giấy tờ ghi “Còn thiếu” theo hướng dẫn dưới đây.`,
		{ after: 6 }
	);

	sectionHeading(flow, 'Giấy tờ của thủ tục');
	table(
		flow,
		[
			{ header: 'STT', share: 8, align: 'center' },
			{ header: 'Tên giấy tờ', share: 42 },
			{ header: 'Tình trạng', share: 16, align: 'center' },
			{ header: 'Ghi chú', share: 34 }
		],
		slip.documents.map((document, index) => [
			String(index + 1),
			document.name,
			// In words, and the missing ones bold: ticks and colours vanish on a photocopy.
			document.present ? 'Đã có' : [{ text: 'Còn thiếu', bold: true }],
			document.note ?? ''
		])
	);

	if (slip.nextStep) {
		sectionHeading(flow, 'Sau khi có đủ giấy tờ');
		flow.paragraph(slip.nextStep, { after: 6 });
	}
	signatures(flow, [
		{ title: 'NGƯỜI HƯỚNG DẪN', note: '(Ký, ghi rõ họ tên)', name: slip.guidedBy }
	]);
	footnote(
		flow,
		`Phiếu lập ${formatAdministrativeDate(slip.issuedAt)}. Phiếu này không thay cho Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`
	);
}
