import type { ProcedureDefinition } from '../procedure.schema';
import { sampleAddress, sampleAttachment, sampleMother, samplePhone } from './sample-data';
import { deliveryStep, requesterStep, scanTypes } from './shared-fields';

/**
 * Chứng thực bản sao từ bản chính (Decree 23/2015). The officer must see the original, so the
 * service is partly online and the citizen comes in person; no delivery by post.
 */
export const certifiedCopy = {
	id: 'chung-thuc-ban-sao-tu-ban-chinh',
	version: 1,
	slug: 'chung-thuc-ban-sao-tu-ban-chinh',
	name: { vi: 'Chứng thực bản sao từ bản chính', en: 'Certified copy from the original' },
	summary: {
		vi: 'Xác nhận bản sao đúng với bản chính của giấy tờ, văn bằng (ví dụ bằng tốt nghiệp, giấy khai sinh), để nộp thay cho bản chính.',
		en: 'Certifies that a copy matches the original of a paper or diploma (for example a degree or a birth certificate), so the copy can be handed in instead.'
	},
	whoMayApply: {
		vi: 'Bất kỳ ai có bản chính giấy tờ, ở bất kỳ nơi cư trú nào.',
		en: 'Anyone who holds the original, wherever they live.'
	},
	field: 'certification',
	level: 'partial',
	partialReason: {
		vi: 'Người yêu cầu phải xuất trình bản chính để cán bộ đối chiếu trước khi chứng thực.',
		en: 'The original must be shown so that the officer can compare it before certifying.'
	},
	authority: {
		vi: 'Ủy ban nhân dân xã, phường, đặc khu bất kỳ, hoặc tổ chức hành nghề công chứng',
		en: 'Any commune or ward People’s Committee, or a notary office'
	},
	legalBasis: [
		{
			vi: 'Nghị định số 23/2015/NĐ-CP về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính',
			en: 'Decree No. 23/2015/NĐ-CP on copies from master registers and certified copies from originals'
		},
		{
			vi: 'Thông tư số 226/2016/TT-BTC quy định phí chứng thực',
			en: 'Circular No. 226/2016/TT-BTC on certification fees'
		}
	],
	timeLimit: {
		kind: 'same_day',
		cutoffHour: 15,
		extraDaysIfVerification: 2,
		note: {
			vi: 'Trong ngày; yêu cầu chứng thực số lượng lớn thì kéo dài không quá 02 ngày làm việc.',
			en: 'The same day; a large request may take up to 2 more working days.'
		},
		source: 'law'
	},
	fee: {
		rules: [
			{
				label: { vi: 'Trang thứ nhất và thứ hai', en: 'First and second page' },
				amountVnd: 2_000,
				per: 'page',
				toUnit: 2
			},
			{
				label: { vi: 'Từ trang thứ ba trở đi', en: 'Third page onwards' },
				amountVnd: 1_000,
				per: 'page',
				fromUnit: 3
			}
		],
		exemptions: [],
		note: {
			vi: '2.000 đồng mỗi trang cho hai trang đầu, 1.000 đồng mỗi trang từ trang thứ ba; tối đa 200.000 đồng mỗi bản.',
			en: '2,000 đồng a page for the first two pages, 1,000 đồng a page from the third; at most 200,000 đồng per copy.'
		},
		maxPerCopyVnd: 200_000,
		quantities: { copies: 'original.copies', pages: 'original.pages' },
		source: 'law'
	},
	delivery: ['desk', 'online'],
	inPersonRequired: true,
	result: { name: { vi: 'Bản sao có chứng thực', en: 'Certified copy' } },
	documents: [
		{
			id: 'originalScan',
			name: { vi: 'Ảnh chụp hoặc bản quét bản chính', en: 'Photo or scan of the original' },
			required: true,
			acceptedTypes: scanTypes,
			maxFiles: 20,
			maxSizeMb: 10,
			note: {
				vi: 'Vẫn phải mang bản chính đến để đối chiếu.',
				en: 'The original must still be brought for comparison.'
			}
		}
	],
	steps: [
		requesterStep(),
		{
			id: 'original',
			title: { vi: 'Giấy tờ cần chứng thực', en: 'The paper to certify' },
			intro: {
				vi: 'Không chứng thực bản chính bị tẩy xóa, hư hỏng, hoặc giấy tờ có nội dung trái pháp luật.',
				en: 'Originals that are altered or damaged, or whose content is unlawful, cannot be certified.'
			},
			fields: [
				{
					kind: 'text',
					id: 'documentName',
					label: { vi: 'Tên giấy tờ', en: 'Name of the paper' },
					help: { vi: 'Ghi như tiêu đề trên bản chính.', en: 'As in the title of the original.' },
					example: {
						vi: 'Bằng tốt nghiệp trung học phổ thông',
						en: 'Upper secondary school diploma'
					},
					coaching: {
						vi: 'Mời Ông/Bà đọc tiêu đề trên giấy và tự gõ.',
						en: 'Let them read the title on the paper and type it.'
					},
					required: true,
					maxLength: 200
				},
				{
					kind: 'number',
					id: 'pages',
					label: { vi: 'Số trang của bản chính', en: 'Number of pages of the original' },
					help: { vi: 'Lệ phí tính theo số trang.', en: 'The fee depends on the number of pages.' },
					example: { vi: '2', en: '2' },
					coaching: {
						vi: 'Cùng Ông/Bà đếm số trang có chữ.',
						en: 'Count the printed pages together.'
					},
					required: true,
					min: 1,
					max: 1000,
					integer: true,
					unit: { vi: 'trang', en: 'pages' }
				},
				{
					kind: 'number',
					id: 'copies',
					label: { vi: 'Số bản sao cần chứng thực', en: 'Number of certified copies' },
					help: { vi: 'Mỗi bản sao tính lệ phí riêng.', en: 'Each copy is charged separately.' },
					example: { vi: '3', en: '3' },
					coaching: {
						vi: 'Hỏi Ông/Bà cần nộp cho mấy nơi.',
						en: 'Ask how many places they must hand it to.'
					},
					required: true,
					min: 1,
					max: 50,
					integer: true,
					unit: { vi: 'bản', en: 'copies' }
				},
				{
					kind: 'document',
					id: 'originalScan',
					slot: 'originalScan',
					label: { vi: 'Ảnh chụp bản chính', en: 'Photos of the original' },
					help: {
						vi: 'Mỗi trang một ảnh, rõ chữ, đủ bốn góc.',
						en: 'One photo per page, readable, all four corners.'
					},
					coaching: {
						vi: 'Hướng dẫn Ông/Bà tự chụp lần lượt từng trang trên mặt bàn phẳng.',
						en: 'Show them how to photograph each page in turn on a flat table.'
					},
					required: true
				}
			]
		},
		deliveryStep(['desk', 'online'])
	],
	sampleCase: {
		requester: { person: sampleMother, phone: samplePhone, address: sampleAddress },
		original: {
			documentName: 'Bằng tốt nghiệp trung học phổ thông',
			pages: 1,
			copies: 3,
			originalScan: sampleAttachment('bang-tot-nghiep')
		},
		delivery: { method: 'desk', commitment: true }
	}
} satisfies ProcedureDefinition;
