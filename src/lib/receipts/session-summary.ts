/**
 * What the citizen did alone today (DESIGN.md, Coaching): "cùng làm, rồi tự làm". It names the
 * steps and the access point only; nothing about the citizen, since it may be left on the desk.
 */
import { formatAdministrativeDate } from '$lib/domain/text/administrative-date';
import { bulletList, documentTitle, field, footnote, sectionHeading } from './blocks';
import type { PageFlow } from './page-flow';
import type { SessionSummary } from './types';

export const SUMMARY_TITLE = 'KẾT QUẢ TỰ LÀM';

export function layOutSummary(flow: PageFlow, summary: SessionSummary): void {
	flow.paragraph(summary.accessPoint, { size: 'small', bold: true, after: 8 });
	documentTitle(flow, SUMMARY_TITLE, 'Cùng làm, rồi tự làm');
	const day = formatAdministrativeDate(summary.date);
	flow.paragraph(day.charAt(0).toUpperCase() + day.slice(1), {
		size: 'small',
		align: 'right',
		after: 4
	});
	if (summary.procedure) field(flow, 'Thủ tục đã làm', summary.procedure, { bold: true });
	flow.gap(6);

	const done = summary.stepsDoneAlone.length;
	flow.paragraph(`Ông/Bà đã tự làm ${done} trên ${summary.totalSteps} bước.`, {
		size: 'title',
		bold: true,
		align: 'center',
		after: 8
	});

	sectionHeading(flow, 'Những bước Ông/Bà đã tự làm');
	if (done > 0) bulletList(flow, summary.stepsDoneAlone);
	else
		flow.paragraph('Lần này Ông/Bà làm cùng tình nguyện viên. Lần sau Ông/Bà thử tự làm một bước.');

	if (summary.stepsToTryNext.length > 0) {
		sectionHeading(flow, 'Lần sau Ông/Bà thử tự làm');
		bulletList(flow, summary.stepsToTryNext);
	}
	if (summary.skillCard) {
		flow.gap(6);
		field(flow, 'Mã thẻ kỹ năng', summary.skillCard, { bold: true });
	}
	footnote(
		flow,
		'Ông/Bà có thể mang phiếu này theo lần sau để tình nguyện viên biết Ông/Bà đã làm được những gì.'
	);
}
