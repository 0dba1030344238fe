import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { renderDocument, type Paper, type ReceiptDocument, type ResumeSlip } from './index';
import { papers } from './page-flow';
import {
	decodeBarcodes,
	readTestFonts,
	runPdfToText,
	runPdfToWordBoxes
} from '$testing/receipts/pdf-tools';
import {
	sampleApology,
	sampleDossierCode,
	sampleGuidance,
	sampleLookupUrl,
	samplePending,
	sampleReceipt,
	sampleResume,
	sampleMonthlyReport,
	sampleSummary
} from '$testing/receipts/sample-documents';
import type { ReceiptFonts } from './types';

let fonts: ReceiptFonts;
beforeAll(() => {
	fonts = readTestFonts();
});

const render = (doc: ReceiptDocument, paper: Paper) => renderDocument(doc, { paper, fonts });

/** pdftotext -layout pads columns with spaces and breaks wrapped lines: compare word by word. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The same document with every string decomposed (NFD), as macOS or some IMEs type it. */
function decomposed<T>(value: T): T {
	if (typeof value === 'string') return value.normalize('NFD') as T;
	if (Array.isArray(value)) return value.map(decomposed) as T;
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decomposed(v)])) as T;
	}
	return value;
}

const national = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

const cases: { doc: ReceiptDocument; title: string; expected: string[] }[] = [
	{
		doc: sampleReceipt,
		title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
		expected: [
			...national,
			'THÀNH PHỐ HÀ NỘI',
			'ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH',
			'Ba Đình, ngày 05 tháng 02 năm 2026',
			`Mã hồ sơ: ${sampleDossierCode}`,
			'Ông/Bà: Nguyễn Thị Hằng',
			'Số điện thoại: 0912345678',
			'Phường Ba Đình',
			'Thủ tục hành chính: Đăng ký khai sinh',
			'Tờ khai đăng ký khai sinh',
			'Giấy chứng sinh do bệnh viện cấp',
			'Bản chính',
			'Thời gian tiếp nhận: 14 giờ 05, ngày 05 tháng 02 năm 2026',
			'Hẹn trả kết quả: ngày 06 tháng 02 năm 2026',
			'Hình thức nhận kết quả: Nhận trực tiếp tại Bộ phận Một cửa',
			'Lệ phí: Miễn phí',
			sampleLookupUrl,
			'Trần Văn Đức',
			'Luật Bảo vệ dữ liệu cá nhân'
		]
	},
	{
		doc: samplePending,
		title: 'PHIẾU HỒ SƠ ĐÃ LƯU, CHỜ GỬI',
		expected: [
			'CHỜ GỬI',
			'Số tham chiếu: CL-7K3M-9QXD',
			'Thủ tục hành chính: Đăng ký khai sinh',
			'Thời gian lưu hồ sơ: 14 giờ 05, ngày 05 tháng 02 năm 2026',
			'ứng dụng sẽ tự động gửi hồ sơ',
			'Giấy đó thay cho phiếu này',
			'Phường Ba Đình',
			samplePending.lookupUrl
		]
	},
	{
		doc: sampleGuidance,
		title: 'PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ',
		expected: [
			...national,
			'Kính gửi Ông/Bà: Trần Văn Đức',
			'Thủ tục hành chính: Đăng ký khai sinh',
			'Hồ sơ còn thiếu 2 trên 4 giấy tờ',
			'Tờ khai đăng ký khai sinh',
			'Đã có',
			'Còn thiếu',
			'Bản chính, có dấu của',
			'Lê Thị Thu Hương',
			'Phường Ba Đình'.toLocaleUpperCase('vi')
		]
	},
	{
		doc: sampleResume,
		title: 'PHIẾU TIẾP TỤC TẠI NHÀ',
		expected: [
			'Mã tiếp tục',
			'K7QM-3XD9-PT4W',
			'Mã dùng được đến hết ngày 12 tháng 02 năm 2026',
			'Nhập Mã PIN Ông/Bà đã đặt',
			'Mở hồ sơ',
			'Thủ tục hành chính: Đăng ký khai sinh',
			sampleResume.resumeUrl
		]
	},
	{
		doc: sampleApology,
		title: 'THƯ XIN LỖI',
		expected: [
			...national,
			'Số: 12/TXL-UBND',
			'Ba Đình, ngày 06 tháng 02 năm 2026',
			'Kính gửi: Ông/Bà Nguyễn Thị Hằng',
			'Đăng ký khai sinh',
			sampleDossierCode,
			'Ngày hẹn trả kết quả là ngày 06 tháng 02 năm 2026',
			'Lý do: Cần xác minh thông tin về nơi sinh',
			'ngày 11 tháng 02 năm 2026',
			'PHÓ CHỦ TỊCH',
			'Trần Văn Đức'
		]
	},
	{
		doc: sampleSummary,
		title: 'KẾT QUẢ TỰ LÀM',
		expected: [
			'Ông/Bà đã tự làm 4 trên 6 bước',
			'Ngày 05 tháng 02 năm 2026',
			'Chụp ảnh giấy chứng sinh',
			'Nhập địa chỉ thường trú',
			'Phường Ba Đình',
			'Mã thẻ kỹ năng',
			'7QX2-M9KA'
		]
	},
	{
		doc: sampleMonthlyReport,
		title: 'BÁO CÁO SỐ LIỆU THÁNG',
		expected: [
			'Từ ngày 01/11/2026 đến ngày 30/11/2026',
			'Phạm vi: Phường, xã mã 00004',
			'Lập ngày 01 tháng 12 năm 2026',
			'Số phiên hướng dẫn: 42',
			'Công dân tự làm 62,5 %',
			'Tự làm sau khi được hướng dẫn 25 %',
			'Tình nguyện viên làm giúp 12,5 %',
			'Thẻ kỹ năng quay lại: 9, trong đó 6 thẻ có tỉ lệ tự làm tăng',
			'Số lượt đánh giá: 30',
			'Rất hài lòng 50 %',
			'Không hài lòng 10 %',
			'Tổng số giờ trực: 96,5',
			'Số hồ sơ đã gửi: 120',
			'Tại điểm, tự làm 45 %',
			'Tỉ lệ có kết quả đúng hạn: 95 %',
			'Hồ sơ đang quá hạn: 3',
			'Thư xin lỗi đã gửi: 2',
			'không có thông tin cá nhân'
		]
	}
];

describe.each(cases)('$doc.kind', ({ doc, title, expected }) => {
	it.each(['A4', 'A5'] as const)(
		'%s: says it all, with its diacritics, on one page',
		async (paper) => {
			const pdf = await render(doc, paper);
			const text = flat(runPdfToText(pdf));
			for (const phrase of [title, ...expected]) expect(text).toContain(phrase);

			const loaded = await PDFDocument.load(pdf, { updateMetadata: false });
			expect(loaded.getPageCount()).toBe(1);
			const { width, height } = loaded.getPage(0).getSize();
			expect([width, height]).toEqual([papers[paper].width, papers[paper].height]);
			expect(loaded.getTitle()).toBe(title);
			const lang = loaded.catalog.lookupMaybe(PDFName.of('Lang'), PDFString);
			expect(lang?.decodeText()).toBe('vi-VN');
		}
	);

	it.each(['A4', 'A5'] as const)('%s: keeps every word inside the margins', async (paper) => {
		const { margin } = papers[paper];
		const boxes = runPdfToWordBoxes(await render(doc, paper));
		expect(boxes.length).toBeGreaterThan(20);
		for (const box of boxes) {
			expect(box.xMin).toBeGreaterThanOrEqual(margin.left - 0.5);
			expect(box.xMax).toBeLessThanOrEqual(box.pageWidth - margin.right + 0.5);
			expect(box.yMin).toBeGreaterThanOrEqual(margin.top - 0.5);
			expect(box.yMax).toBeLessThanOrEqual(box.pageHeight - margin.bottom + 0.5);
		}
	});

	it('prints decomposed (NFD) input exactly as composed (NFC) input', async () => {
		const fromNfc = runPdfToText(await render(doc, 'A5'), { raw: true });
		const fromNfd = runPdfToText(await render(decomposed(doc), 'A5'), { raw: true });
		expect(JSON.stringify(decomposed(doc))).not.toBe(JSON.stringify(doc));
		expect(fromNfd).toBe(fromNfc);
		// Raw extraction, not normalised afterwards: what was drawn was composed already.
		expect(fromNfc).toBe(fromNfc.normalize('NFC'));
	});
});

describe('codes', () => {
	it.each(['A4', 'A5'] as const)(
		'%s receipt: the QR opens the look-up and the Code 128 reads the dossier code',
		async (paper) => {
			const codes = decodeBarcodes(await render(sampleReceipt, paper));
			expect(codes).toContain(sampleLookupUrl);
			expect(codes).toContain(sampleDossierCode);
		}
	);

	it.each(['A4', 'A5'] as const)(
		'%s pending and resume slips: the QR reads back',
		async (paper) => {
			expect(decodeBarcodes(await render(samplePending, paper))).toEqual([samplePending.lookupUrl]);
			expect(decodeBarcodes(await render(sampleResume, paper))).toEqual([sampleResume.resumeUrl]);
		}
	);
});

describe('several at once', () => {
	it('renders documents concurrently exactly as one by one (the parsed font is shared)', async () => {
		const docs = cases.map(({ doc }) => doc);
		const together = await Promise.all(docs.map((doc) => render(doc, 'A5')));
		for (const [index, doc] of docs.entries()) {
			const alone = await render(doc, 'A5');
			expect(runPdfToText(together[index]!, { raw: true })).toBe(
				runPdfToText(alone, { raw: true })
			);
		}
	});
});

describe('size', () => {
	it('keeps a one-page A4 receipt, fonts included, within 40 KB', async () => {
		const pdf = await render(sampleReceipt, 'A4');
		expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
		expect(pdf.byteLength).toBeLessThanOrEqual(40 * 1024);
	});
});

describe('long content', () => {
	const papersNeeded = Array.from({ length: 30 }, (_, i) => ({
		name: `Giấy tờ số ${i + 1}: bản khai của người làm chứng về việc sinh của trẻ tại Phường Ba Đình`,
		present: i % 3 === 0,
		note:
			i % 3 === 0
				? undefined
				: 'Bản chính có chữ ký của người làm chứng và xác nhận của tổ dân phố.'
	}));

	it.each(['A4', 'A5'] as const)('%s: a long list flows onto more pages', async (paper) => {
		const pdf = await render({ ...sampleGuidance, documents: papersNeeded }, paper);
		expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
		const text = runPdfToText(pdf);
		expect(text).toContain(`Trang 1/`);
		// The table header is repeated on each page it runs onto.
		expect(text.match(/Tên giấy tờ/g)!.length).toBeGreaterThan(1);
		const words = flat(text);
		for (let i = 1; i <= 30; i++) expect(words).toContain(`Giấy tờ số ${i}:`);
		expect(words).toContain('Lê Thị Thu Hương');

		const { margin } = papers[paper];
		for (const box of runPdfToWordBoxes(pdf)) {
			if (/^(Trang|\d+\/\d+)$/.test(box.word)) continue; // page numbers sit in the margin
			expect(box.xMax).toBeLessThanOrEqual(box.pageWidth - margin.right + 0.5);
			expect(box.yMax).toBeLessThanOrEqual(box.pageHeight - margin.bottom + 0.5);
		}
	});

	it('wraps a word longer than a line instead of running off the page', async () => {
		const url = `https://cunglam.example.vn/tra-cuu?ma=${'G22.99.08-260205-000042'.repeat(6)}`;
		const pdf = await render({ ...samplePending, lookupUrl: url }, 'A5');
		for (const box of runPdfToWordBoxes(pdf)) {
			expect(box.xMax).toBeLessThanOrEqual(box.pageWidth - papers.A5.margin.right + 0.5);
		}
		expect(decodeBarcodes(pdf)).toEqual([url]);
	});

	it('prints a character the font lacks as "?" rather than a wrong glyph', async () => {
		const text = runPdfToText(await render({ ...sampleSummary, accessPoint: 'Điểm 文 ✓' }, 'A5'));
		expect(text).toContain('Điểm ? ?');
	});
});

describe('resume slip and the PIN', () => {
	it('has no field for a PIN', () => {
		expectTypeOf<ResumeSlip>().not.toHaveProperty('pin');
		expect(Object.keys(sampleResume).filter((key) => /pin/i.test(key))).toEqual([]);
	});

	it('never prints a PIN, even one a caller slipped into the data', async () => {
		const pin = '482915';
		const careless = { ...sampleResume, pin } as ResumeSlip;
		const text = flat(runPdfToText(await render(careless, 'A4')));
		expect(text).toContain('Mã PIN');
		expect(text).not.toContain(pin);
		// No run of 4–6 digits at all, except those of dates and times.
		const digitRuns = text.match(/\b\d{4,6}\b/g) ?? [];
		expect(digitRuns.every((run) => run === '2026')).toBe(true);
	});
});

describe('monthly report without data', () => {
	it('says "Chưa có số liệu" for a share of nothing, never 0 % (issue 19, item 7)', async () => {
		const doc: ReceiptDocument = {
			...sampleMonthlyReport,
			ratings: {
				count: 0,
				levels: sampleMonthlyReport.ratings.levels.map((level) => ({ ...level, share: null }))
			},
			dossiers: { ...sampleMonthlyReport.dossiers!, onTimeRate: null }
		};
		const text = flat(runPdfToText(await render(doc, 'A4')));
		expect(text).toContain('Rất hài lòng Chưa có số liệu');
		expect(text).toContain('Tỉ lệ có kết quả đúng hạn: Chưa có số liệu');
		expect(text).not.toContain('Rất hài lòng 0 %');
	});
});
