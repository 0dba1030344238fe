import type { ProcedureDefinition } from '../procedure.schema';
import { civilStatusLaw, personNamePattern } from './civil-status-common';
import { sampleAddress, sampleMother, samplePhone } from './sample-data';
import { deliveryStep, postAddressStep, requesterStep } from './shared-fields';

const relations = [
	{ value: 'self', label: { vi: 'Chính là người đó', en: 'The person themselves' } },
	{
		value: 'family',
		label: {
			vi: 'Vợ, chồng, cha, mẹ, con hoặc người thân',
			en: 'Spouse, parent, child or relative'
		}
	},
	{
		value: 'authorised',
		label: { vi: 'Người được ủy quyền', en: 'Someone with a power of attorney' }
	}
];

/** Cấp bản sao trích lục hộ tịch: a copy of an event already registered; 8,000 đ per copy. */
export const civilStatusExtractCopy = {
	id: 'cap-ban-sao-trich-luc-ho-tich',
	version: 1,
	slug: 'cap-ban-sao-trich-luc-ho-tich',
	name: { vi: 'Cấp bản sao trích lục hộ tịch', en: 'Copy of a civil-status extract' },
	summary: {
		vi: 'Cấp bản sao giấy tờ hộ tịch đã đăng ký (khai sinh, kết hôn, khai tử…) khi bản chính bị mất, hỏng hoặc cần thêm bản.',
		en: 'Issues copies of a registered civil-status record (birth, marriage, death…) when the original is lost or damaged, or more copies are needed.'
	},
	whoMayApply: {
		vi: 'Người có thông tin trong giấy tờ hộ tịch, người thân của họ hoặc người được ủy quyền.',
		en: 'The person named in the record, a relative, or someone with their power of attorney.'
	},
	field: 'civil_status',
	level: 'full',
	authority: {
		vi: 'Cơ quan đang lưu giữ sổ hộ tịch hoặc dữ liệu hộ tịch của sự kiện đó',
		en: 'Any authority holding the register or the electronic record of the event'
	},
	legalBasis: [
		{ vi: `${civilStatusLaw.vi}, Điều 63 và 64`, en: `${civilStatusLaw.en}, Articles 63 and 64` },
		{
			vi: 'Thông tư số 281/2016/TT-BTC quy định phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch',
			en: 'Circular No. 281/2016/TT-BTC on fees for using civil-status records'
		}
	],
	timeLimit: {
		kind: 'same_day',
		cutoffHour: 15,
		note: {
			vi: 'Giải quyết ngay trong ngày; hồ sơ nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
			en: 'Handled the same day; a request received after 15:00 is ready the next working day.'
		},
		source: 'sec'
	},
	fee: {
		rules: [
			{ label: { vi: 'Mỗi bản sao trích lục', en: 'Each copy' }, amountVnd: 8_000, per: 'copy' }
		],
		exemptions: [],
		quantities: { copies: 'record.copies' },
		source: 'law'
	},
	delivery: ['desk', 'post', 'online'],
	result: { name: { vi: 'Bản sao trích lục hộ tịch', en: 'Copy of the civil-status extract' } },
	documents: [],
	steps: [
		requesterStep(relations),
		{
			id: 'record',
			title: { vi: 'Giấy tờ hộ tịch cần cấp bản sao', en: 'The record to copy' },
			fields: [
				{
					kind: 'select',
					id: 'eventType',
					label: { vi: 'Loại việc hộ tịch', en: 'Kind of record' },
					help: { vi: 'Việc đã được đăng ký trước đây.', en: 'The event registered earlier.' },
					coaching: {
						vi: 'Hỏi Ông/Bà cần bản sao giấy gì, rồi để Ông/Bà tự chọn.',
						en: 'Ask which paper they need, then let them choose.'
					},
					required: true,
					options: [
						{ value: 'birth', label: { vi: 'Khai sinh', en: 'Birth' } },
						{ value: 'marriage', label: { vi: 'Kết hôn', en: 'Marriage' } },
						{ value: 'death', label: { vi: 'Khai tử', en: 'Death' } },
						{ value: 'other', label: { vi: 'Việc hộ tịch khác', en: 'Another civil-status event' } }
					]
				},
				{
					kind: 'text',
					id: 'personName',
					label: {
						vi: 'Họ và tên người có tên trong giấy tờ',
						en: 'Full name of the person in the record'
					},
					help: { vi: 'Như đã ghi trong sổ hộ tịch.', en: 'As written in the register.' },
					example: { vi: 'Nguyễn Thị Lan', en: 'Nguyễn Thị Lan' },
					coaching: { vi: 'Mời Ông/Bà tự gõ, có dấu.', en: 'Let them type it, with accents.' },
					required: true,
					maxLength: 100,
					pattern: personNamePattern
				},
				{
					kind: 'date',
					id: 'eventDate',
					label: { vi: 'Ngày đăng ký (nếu nhớ)', en: 'Date of registration (if known)' },
					help: {
						vi: 'Không bắt buộc, nhưng giúp tìm sổ nhanh hơn.',
						en: 'Optional, but it helps to find the record faster.'
					},
					example: { vi: '20/04/1995', en: '20/04/1995' },
					coaching: {
						vi: 'Nếu Ông/Bà không nhớ thì bỏ trống.',
						en: 'If they do not remember, leave it empty.'
					},
					required: false,
					rules: { notFuture: true }
				},
				{
					kind: 'text',
					id: 'registeredAt',
					label: { vi: 'Nơi đã đăng ký', en: 'Where it was registered' },
					help: {
						vi: 'Tên xã, phường (có thể theo tên cũ, trước khi sáp nhập) và tỉnh.',
						en: 'The commune or ward (the old name before the merger is fine) and the province.'
					},
					example: {
						vi: 'UBND phường Ngọc Hà, quận Ba Đình, Hà Nội',
						en: 'Ngọc Hà ward, Ba Đình district, Hà Nội'
					},
					coaching: {
						vi: 'Xem trên bản chính cũ nếu còn. Mời Ông/Bà tự gõ.',
						en: 'Look at the old original if they still have it. Let them type it.'
					},
					required: true,
					maxLength: 200
				},
				{
					kind: 'number',
					id: 'copies',
					label: { vi: 'Số bản sao cần cấp', en: 'Number of copies' },
					help: { vi: 'Mỗi bản 8.000 đồng.', en: '8,000 đồng per copy.' },
					example: { vi: '2', en: '2' },
					coaching: {
						vi: 'Hỏi Ông/Bà cần mấy bản để nộp cho những nơi nào.',
						en: 'Ask how many they need and for whom.'
					},
					required: true,
					min: 1,
					max: 20,
					integer: true,
					unit: { vi: 'bản', en: 'copies' }
				}
			]
		},
		deliveryStep(['desk', 'post', 'online']),
		postAddressStep
	],
	sampleCase: {
		requester: {
			person: { ...sampleMother, relation: 'self' },
			phone: samplePhone,
			address: sampleAddress
		},
		record: {
			eventType: 'birth',
			personName: 'Nguyễn Thị Lan',
			registeredAt: 'UBND phường Ngọc Hà, quận Ba Đình, Hà Nội',
			copies: 2
		},
		delivery: { method: 'desk', commitment: true }
	}
} satisfies ProcedureDefinition;
