import type { ProcedureDefinition } from '../procedure.schema';
import {
	ct01Intro,
	residenceAuthority,
	residenceBasisField,
	residenceFeeCircular,
	residenceFeeExemptions,
	residenceFeeRules,
	residenceLaw,
	residenceProofField
} from './residence-common';
import { sampleAddress, sampleAttachment, sampleMother, samplePhone } from './sample-data';
import {
	addressField,
	deliveryStep,
	documentSlot,
	postAddressStep,
	requesterStep
} from './shared-fields';

/** Đăng ký tạm trú (form CT01): 3 working days; 15,000 đ in person, 7,000 đ online [sec]. */
export const temporaryResidence = {
	id: 'dang-ky-tam-tru',
	version: 1,
	slug: 'dang-ky-tam-tru',
	name: { vi: 'Đăng ký tạm trú', en: 'Temporary residence registration' },
	summary: {
		vi: 'Đăng ký nơi đang sống ngoài nơi thường trú từ 30 ngày trở lên, ví dụ khi đi học, đi làm hoặc thuê nhà ở nơi khác.',
		en: 'Registers where you live for 30 days or more away from your permanent address, for example to study, work or rent elsewhere.'
	},
	whoMayApply: {
		vi: 'Công dân Việt Nam đến sống ở chỗ ở hợp pháp ngoài nơi thường trú từ 30 ngày trở lên.',
		en: 'A Vietnamese citizen living at a lawful home away from their permanent address for 30 days or more.'
	},
	field: 'residence',
	level: 'full',
	authority: residenceAuthority,
	legalBasis: [
		{ vi: `${residenceLaw.vi}, Điều 27 và 28`, en: `${residenceLaw.en}, Articles 27 and 28` },
		residenceFeeCircular
	],
	timeLimit: { kind: 'working_days', days: 3, source: 'sec' },
	fee: {
		rules: residenceFeeRules(15_000, 7_000),
		exemptions: residenceFeeExemptions,
		source: 'sec'
	},
	delivery: ['desk', 'post', 'online'],
	result: {
		name: {
			vi: 'Thông báo kết quả đăng ký tạm trú',
			en: 'Notice of temporary residence registration'
		}
	},
	documents: [
		documentSlot(
			'residenceProof',
			{ vi: 'Giấy tờ chứng minh chỗ ở hợp pháp', en: 'Proof of lawful residence' },
			true
		)
	],
	steps: [
		requesterStep(undefined, ct01Intro),
		{
			id: 'residence',
			title: { vi: 'Nơi đăng ký tạm trú', en: 'Temporary address' },
			fields: [
				addressField('address', { vi: 'Địa chỉ đăng ký tạm trú', en: 'Address to register' }),
				residenceBasisField,
				{
					kind: 'date',
					id: 'fromDate',
					label: { vi: 'Bắt đầu ở từ ngày', en: 'Living there since' },
					help: {
						vi: 'Ngày bắt đầu đến ở tại địa chỉ này.',
						en: 'The day you started living at this address.'
					},
					example: { vi: '01/11/2026', en: '01/11/2026' },
					coaching: {
						vi: 'Nếu Ông/Bà không nhớ chính xác, có thể xem ngày trên hợp đồng thuê nhà.',
						en: 'If they do not remember exactly, the tenancy agreement shows the date.'
					},
					required: true
				},
				{
					kind: 'number',
					id: 'months',
					label: { vi: 'Thời hạn tạm trú đề nghị', en: 'Length of stay requested' },
					help: {
						vi: 'Tối đa 24 tháng; hết hạn có thể gia hạn.',
						en: 'At most 24 months; it can be extended.'
					},
					example: { vi: '12', en: '12' },
					coaching: {
						vi: 'Gợi ý Ông/Bà lấy theo thời hạn của hợp đồng thuê nhà.',
						en: 'Suggest they use the length of the tenancy agreement.'
					},
					required: true,
					min: 1,
					max: 24,
					integer: true,
					unit: { vi: 'tháng', en: 'months' }
				}
			]
		},
		{
			id: 'documents',
			title: { vi: 'Giấy tờ kèm theo', en: 'Supporting documents' },
			fields: [residenceProofField]
		},
		deliveryStep(['desk', 'post', 'online']),
		postAddressStep
	],
	sampleCase: {
		requester: {
			person: sampleMother,
			phone: samplePhone,
			address: { provinceCode: '38', communeName: 'Phường Hạc Thành', street: 'Số 5 đường Lê Lợi' }
		},
		residence: { address: sampleAddress, basis: 'rented', fromDate: '2026-11-01', months: 12 },
		documents: { residenceProof: sampleAttachment('hop-dong-thue-nha') },
		delivery: { method: 'desk', commitment: true }
	}
} satisfies ProcedureDefinition;
