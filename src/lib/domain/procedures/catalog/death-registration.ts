import type { ProcedureDefinition } from '../procedure.schema';
import { civilStatusDecree, civilStatusExemptions, civilStatusLaw } from './civil-status-common';
import { sampleAddress, sampleAttachment, samplePhone } from './sample-data';
import {
	addressField,
	deliveryStep,
	documentSlot,
	postAddressStep,
	requesterStep
} from './shared-fields';

const relations = [
	{ value: 'spouse', label: { vi: 'Vợ hoặc chồng', en: 'Wife or husband' } },
	{ value: 'child', label: { vi: 'Con', en: 'Son or daughter' } },
	{ value: 'parent', label: { vi: 'Cha hoặc mẹ', en: 'Father or mother' } },
	{ value: 'relative', label: { vi: 'Người thân thích khác', en: 'Other relative' } },
	{ value: 'other', label: { vi: 'Người khác', en: 'Someone else' } }
];

/** Đăng ký khai tử: relatives register within 15 days (Civil Status Law 2014, Art. 33–34). */
export const deathRegistration = {
	id: 'dang-ky-khai-tu',
	version: 1,
	slug: 'dang-ky-khai-tu',
	name: { vi: 'Đăng ký khai tử', en: 'Death registration' },
	summary: {
		vi: 'Đăng ký việc một người đã mất để được cấp trích lục khai tử, cần cho các việc về thừa kế, chế độ tử tuất và hộ tịch.',
		en: 'Registers a death and issues a death registration extract, needed for inheritance, survivor benefits and civil records.'
	},
	whoMayApply: {
		vi: 'Vợ, chồng, con, cha, mẹ hoặc người thân thích khác của người đã mất; nếu không có người thân thì cá nhân, tổ chức liên quan.',
		en: 'The wife, husband, children, parents or other relatives of the deceased; if there are none, a person or organisation concerned.'
	},
	field: 'civil_status',
	level: 'full',
	authority: {
		vi: 'Ủy ban nhân dân xã, phường, đặc khu nơi cư trú cuối cùng của người đã mất',
		en: 'People’s Committee of the commune or ward where the deceased last lived'
	},
	legalBasis: [
		{ vi: `${civilStatusLaw.vi}, Điều 33 và 34`, en: `${civilStatusLaw.en}, Articles 33 and 34` },
		civilStatusDecree
	],
	timeLimit: {
		kind: 'same_day',
		cutoffHour: 15,
		note: {
			vi: 'Giải quyết ngay trong ngày; hồ sơ nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo.',
			en: 'Handled the same day; a dossier received after 15:00 is ready the next working day.'
		},
		source: 'law'
	},
	fee: {
		rules: [],
		exemptions: [
			{
				vi: 'Đăng ký khai tử đúng hạn (trong 15 ngày kể từ ngày mất)',
				en: 'Registration on time (within 15 days of the death)'
			},
			...civilStatusExemptions
		],
		note: {
			vi: 'Đăng ký đúng hạn được miễn lệ phí. Sau 15 ngày vẫn đăng ký được, nhưng có thể phải nộp lệ phí theo mức của tỉnh.',
			en: 'Registration on time is free. After 15 days it is still possible, but a fee set by the province may apply.'
		},
		source: 'law'
	},
	delivery: ['desk', 'post', 'online'],
	result: { name: { vi: 'Trích lục khai tử', en: 'Death registration extract' } },
	documents: [
		documentSlot(
			'deathNotice',
			{
				vi: 'Giấy báo tử hoặc giấy tờ thay giấy báo tử',
				en: 'Death notice or a document replacing it'
			},
			true,
			{
				vi: 'Mất tại bệnh viện: giấy báo tử của bệnh viện. Trường hợp khác: văn bản xác nhận của công an, bản án của Tòa án, hoặc giấy báo tử do Ủy ban nhân dân xã nơi người đó mất cấp.',
				en: 'Death in hospital: the hospital’s death notice. Otherwise: a police statement, a court judgment, or a death notice from the commune where the death occurred.'
			}
		)
	],
	steps: [
		requesterStep(relations),
		{
			id: 'deceased',
			title: { vi: 'Thông tin người đã mất', en: 'About the deceased' },
			fields: [
				{
					kind: 'person',
					id: 'person',
					label: { vi: 'Người đã mất', en: 'The deceased' },
					help: {
						vi: 'Họ và tên, ngày sinh, giới tính như trên giấy tờ của người đã mất. Số căn cước nhập nếu biết.',
						en: 'Full name, date of birth and sex as on the deceased’s papers. Enter the ID number if known.'
					},
					example: { vi: 'Trần Văn Hùng, 10/02/1940, Nam', en: 'Trần Văn Hùng, 10/02/1940, Male' },
					coaching: {
						vi: 'Đây là lúc gia đình đang buồn: nói chậm, mời Ông/Bà tự nhập theo thẻ căn cước hoặc giấy báo tử.',
						en: 'The family is grieving: speak slowly, and let them type from the ID card or the death notice.'
					},
					required: true,
					personalId: 'optional'
				},
				{
					kind: 'date',
					id: 'dateOfDeath',
					label: { vi: 'Ngày mất', en: 'Date of death' },
					help: {
						vi: 'Như trên giấy báo tử; viết theo dạng ngày/tháng/năm.',
						en: 'As on the death notice; write it as day/month/year.'
					},
					example: { vi: '10/11/2026', en: '10/11/2026' },
					coaching: {
						vi: 'Cùng xem ngày mất trên giấy báo tử, rồi để Ông/Bà tự nhập. Quá 15 ngày vẫn đăng ký được.',
						en: 'Find the date on the death notice together, then let them type it. Past 15 days, registration is still possible.'
					},
					required: true,
					rules: {
						notFuture: true,
						notBeforeField: 'deceased.person.dateOfBirth',
						warnIfOlderThanDays: { days: 15, code: 'death_registration_late' }
					}
				},
				{
					kind: 'text',
					id: 'placeOfDeath',
					label: { vi: 'Nơi mất', en: 'Place of death' },
					help: {
						vi: 'Tên bệnh viện, hoặc địa chỉ nơi mất nếu mất tại nhà.',
						en: 'The hospital, or the address if the death happened at home.'
					},
					example: { vi: 'Bệnh viện Bạch Mai, Hà Nội', en: 'Bạch Mai Hospital, Hà Nội' },
					coaching: {
						vi: 'Xem trên giấy báo tử; mời Ông/Bà tự gõ.',
						en: 'See the death notice; let them type it.'
					},
					required: true,
					maxLength: 200
				},
				{
					kind: 'text',
					id: 'cause',
					label: {
						vi: 'Nguyên nhân mất (nếu có trên giấy báo tử)',
						en: 'Cause of death (if on the death notice)'
					},
					help: {
						vi: 'Không bắt buộc. Ghi như trên giấy báo tử.',
						en: 'Optional. Copy it from the death notice.'
					},
					example: { vi: 'Bệnh già', en: 'Old age' },
					coaching: {
						vi: 'Nếu giấy báo tử không ghi thì bỏ trống.',
						en: 'If the notice does not say, leave it empty.'
					},
					required: false,
					maxLength: 200
				},
				addressField('lastResidence', { vi: 'Nơi cư trú cuối cùng', en: 'Last place of residence' })
			]
		},
		{
			id: 'documents',
			title: { vi: 'Giấy tờ kèm theo', en: 'Supporting documents' },
			fields: [
				{
					kind: 'document',
					id: 'deathNotice',
					slot: 'deathNotice',
					label: { vi: 'Ảnh chụp giấy báo tử', en: 'Photo of the death notice' },
					help: {
						vi: 'Hoặc giấy tờ thay giấy báo tử. Chụp rõ cả tờ, đủ bốn góc.',
						en: 'Or the document replacing it. Photograph the whole sheet, all four corners.'
					},
					coaching: {
						vi: 'Hướng dẫn Ông/Bà đặt giấy trên mặt bàn phẳng và tự bấm "Chụp ảnh".',
						en: 'Show them how to lay the paper flat and press "Take a photo" themselves.'
					},
					required: true
				}
			]
		},
		deliveryStep(['desk', 'post', 'online']),
		postAddressStep
	],
	sampleCase: {
		requester: {
			person: {
				fullName: 'Trần Thị Mai',
				dateOfBirth: '1968-09-21',
				sex: 'female',
				personalId: '001168003344',
				relation: 'child'
			},
			phone: samplePhone,
			address: sampleAddress
		},
		deceased: {
			person: {
				fullName: 'Trần Văn Hùng',
				dateOfBirth: '1940-02-10',
				sex: 'male',
				personalId: '001040001122'
			},
			dateOfDeath: '2026-11-10',
			placeOfDeath: 'Bệnh viện Bạch Mai, Hà Nội',
			lastResidence: sampleAddress
		},
		documents: { deathNotice: sampleAttachment('giay-bao-tu') },
		delivery: { method: 'online', commitment: true }
	}
} satisfies ProcedureDefinition;
