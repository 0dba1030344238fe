/**
 * Văn bản xin lỗi và hẹn lại ngày trả kết quả (form 04 of Circular 03/2025/TT-VPCP): the office
 * states why the dossier is late and gives a new date, before the old one has passed unexplained.
 */
import {
	formatAdministrativeDate,
	formatAdministrativeDateTime
} from '$lib/domain/text/administrative-date';
import { documentTitle, nationalHeading, signatures } from './blocks';
import type { PageFlow } from './page-flow';
import type { ApologyLetter } from './types';

export const APOLOGY_TITLE = 'THƯ XIN LỖI';

export function layOutApology(flow: PageFlow, letter: ApologyLetter): void {
	const office = letter.office;
	nationalHeading(flow, office, { on: letter.issuedOn }, letter.reference ?? 'Số: ……/……');

	documentTitle(
		flow,
		APOLOGY_TITLE,
		'Về việc chậm trả kết quả giải quyết hồ sơ và hẹn lại ngày trả kết quả'
	);
	flow.paragraph([{ text: 'Kính gửi: ', bold: true }, { text: `Ông/Bà ${letter.citizenName}` }], {
		align: 'center',
		after: 10
	});

	const name = office.name;
	const paragraphs = [
		[
			{
				text: `Lúc ${formatAdministrativeDateTime(letter.receivedAt)}, ${name} đã tiếp nhận hồ sơ của Ông/Bà về thủ tục `
			},
			{ text: letter.procedure, bold: true },
			{ text: ', mã hồ sơ ' },
			{ text: letter.dossierCode, bold: true },
			{ text: `. Ngày hẹn trả kết quả là ${formatAdministrativeDate(letter.originalDueDate)}.` }
		],
		[
			{
				text: `Đến nay, ${name} chưa trả được kết quả giải quyết hồ sơ của Ông/Bà đúng hẹn. Lý do: `
			},
			{ text: letter.reason }
		],
		[
			{ text: `${name} xin lỗi Ông/Bà vì sự chậm trễ này và hẹn trả kết quả vào ` },
			{ text: formatAdministrativeDate(letter.newDueDate), bold: true },
			{ text: '.' }
		],
		[
			{
				text: `Rất mong Ông/Bà thông cảm. Khi đến nhận kết quả, Ông/Bà mang theo thư này và Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`
			}
		]
	];
	for (const paragraph of paragraphs) flow.paragraph(paragraph, { after: 6 });

	flow.gap(6);
	signatures(flow, [
		{
			title: letter.signatory.title.join('\n'),
			note: '(Ký, ghi rõ họ tên, đóng dấu)',
			name: letter.signatory.name
		}
	]);
	flow.paragraph([{ text: 'Nơi nhận:', bold: true }], { size: 'small' });
	flow.paragraph('– Như trên;\n– Lưu: Bộ phận Một cửa.', { size: 'small' });
}
