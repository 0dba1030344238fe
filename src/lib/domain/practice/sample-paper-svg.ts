import type { Locale } from '../text/locale';
import type { SamplePaper } from './practice-case';

const escapeXml = (text: string) =>
	text.replace(
		/[<>&'"]/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!
	);

export const paperWidth = 640;
const lineHeight = 38;

export function paperHeight(paper: SamplePaper): number {
	return 150 + paper.lines.length * lineHeight + 50;
}

/**
 * The sample paper as an SVG document: title, the lines to read, and a large diagonal "MẪU"
 * watermark with a footer saying it has no value, so that a printout or a screenshot of it can
 * never pass for a real paper.
 */
export function samplePaperSvg(paper: SamplePaper, locale: Locale = 'vi'): string {
	const height = paperHeight(paper);
	const lines = paper.lines
		.map(
			(line, i) =>
				`<text x="40" y="${140 + i * lineHeight}" font-size="20" fill="#1f2937">` +
				`<tspan font-weight="600">${escapeXml(line.label[locale])}:</tspan> ${escapeXml(line.value)}</text>`
		)
		.join('');
	const footer =
		locale === 'vi'
			? 'Giấy tờ mẫu để luyện tập – không có giá trị sử dụng'
			: 'Sample paper for practice – of no use or value';
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${paperWidth}" height="${height}" ` +
		`viewBox="0 0 ${paperWidth} ${height}" font-family="'Be Vietnam Pro', Arial, sans-serif">` +
		`<rect x="2" y="2" width="${paperWidth - 4}" height="${height - 4}" fill="#fffdf5" stroke="#6b7280" stroke-width="3"/>` +
		`<text x="${paperWidth / 2}" y="45" font-size="16" text-anchor="middle" fill="#374151">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text>` +
		`<text x="${paperWidth / 2}" y="90" font-size="26" font-weight="700" text-anchor="middle" fill="#111827">${escapeXml(paper.title[locale].toUpperCase())}</text>` +
		lines +
		`<text x="${paperWidth / 2}" y="${height - 22}" font-size="15" text-anchor="middle" fill="#b91c1c">${escapeXml(footer)}</text>` +
		`<text x="${paperWidth / 2}" y="${height / 2 + 50}" font-size="150" font-weight="800" text-anchor="middle" ` +
		`fill="#dc2626" fill-opacity="0.22" transform="rotate(-20 ${paperWidth / 2} ${height / 2})">MẪU</text>` +
		`</svg>`
	);
}

/** A data: URL for an <img>, no Blob and no object URL to revoke. */
export function samplePaperDataUrl(paper: SamplePaper, locale: Locale = 'vi'): string {
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(samplePaperSvg(paper, locale))}`;
}
