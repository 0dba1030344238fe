/**
 * "Báo cáo tháng" for the ward (issue 9): one A4 page with the figures that show whether
 * citizens learn to do it themselves. Bars are plain black rectangles in an outline, so the
 * page reads the same from a black-and-white printer; each bar carries its number in words.
 */
import { formatAdministrativeDate } from '$lib/domain/text/administrative-date';
import { formatDisplayDate } from '$lib/domain/validation/dates';
import { documentTitle, field, footnote, sectionHeading } from './blocks';
import type { PageFlow } from './page-flow';
import type { MonthlyReport, ReportShare } from './types';

export const MONTHLY_REPORT_TITLE = 'BÁO CÁO SỐ LIỆU THÁNG';

const numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
/** A share of nothing says so: '0 %' would read as a figure. */
const percent = (share: number | null) =>
	share === null ? 'Chưa có số liệu' : `${numbers.format(Math.round(share * 1000) / 10)} %`;
const count = (n: number) => numbers.format(n);

/** Label, a bar as long as the share, the share in figures. */
function bars(flow: PageFlow, rows: readonly ReportShare[]): void {
	const labelWidth = flow.width * 0.42;
	const valueWidth = flow.width * 0.14;
	const barX = flow.left + labelWidth;
	const barWidth = flow.width - labelWidth - valueWidth - flow.pt(8);
	const lineHeight = flow.lineHeight('body');
	for (const row of rows) {
		const height = Math.max(
			flow.heightOf(row.label, { width: labelWidth - flow.pt(6) }),
			lineHeight
		);
		flow.ensure(height + flow.pt(4));
		const top = flow.y;
		flow.paragraphAt(row.label, { width: labelWidth - flow.pt(6) }, top);
		if (row.share === null) {
			// No bar for a share of nothing: the words take the bar's place, too wide for its column.
			flow.paragraphAt(percent(null), { x: barX, width: flow.right - barX }, top);
			flow.y = top - height - flow.pt(4);
			continue;
		}
		const barHeight = flow.pt(9);
		const barY = top - lineHeight / 2 - barHeight / 2;
		flow.strokeRect({ x: barX, y: barY, width: barWidth, height: barHeight }, flow.pt(0.6));
		const filled = Math.max(0, Math.min(1, row.share ?? 0)) * barWidth;
		if (filled > 0) flow.fillRects([{ x: barX, y: barY, width: filled, height: barHeight }]);
		flow.paragraphAt(
			percent(row.share),
			{ x: flow.right - valueWidth, width: valueWidth, align: 'right', bold: true },
			top
		);
		flow.y = top - height - flow.pt(4);
	}
}

export function layOutMonthlyReport(flow: PageFlow, report: MonthlyReport): void {
	documentTitle(
		flow,
		MONTHLY_REPORT_TITLE,
		`Từ ngày ${formatDisplayDate(report.from)} đến ngày ${formatDisplayDate(report.to)}`
	);
	field(flow, 'Phạm vi', report.scope, { bold: true });
	const day = formatAdministrativeDate(report.issuedAt);
	flow.paragraph(`Lập ${day}`, { size: 'small', align: 'right', after: 4 });

	sectionHeading(flow, 'Hướng dẫn công dân tự làm');
	field(flow, 'Số phiên hướng dẫn', count(report.coachedSessions));
	field(flow, 'Số phiên luyện tập', count(report.practiceSessions));
	flow.paragraph('Các bước của thủ tục do ai làm:', { after: 3 });
	bars(flow, report.steps);
	field(
		flow,
		'Thẻ kỹ năng quay lại',
		`${count(report.skillCards.returning)}, trong đó ${count(report.skillCards.rose)} thẻ có tỉ lệ tự làm tăng`
	);

	sectionHeading(flow, 'Mức độ hài lòng');
	field(flow, 'Số lượt đánh giá', count(report.ratings.count));
	bars(flow, report.ratings.levels);

	sectionHeading(flow, 'Tình nguyện viên');
	field(flow, 'Số tình nguyện viên', count(report.volunteers.count));
	field(flow, 'Tổng số giờ trực', count(report.volunteers.hours));
	field(flow, 'Số phiên đã hướng dẫn', count(report.volunteers.sessions));

	if (report.dossiers) {
		sectionHeading(flow, 'Hồ sơ');
		field(flow, 'Số hồ sơ đã gửi', count(report.dossiers.total));
		bars(flow, report.dossiers.channels);
		field(flow, 'Tỉ lệ có kết quả đúng hạn', percent(report.dossiers.onTimeRate));
		field(flow, 'Hồ sơ đang quá hạn', count(report.dossiers.overdueNow));
		field(flow, 'Thư xin lỗi đã gửi', count(report.dossiers.apologies));
	}
	footnote(flow, 'Báo cáo chỉ có số liệu tổng hợp, không có thông tin cá nhân của công dân.');
}
