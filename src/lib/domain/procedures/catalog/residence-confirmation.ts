import type { ProcedureDefinition } from '../procedure.schema';
import { residenceAuthority, residenceLaw } from './residence-common';
import { sampleAddress, sampleMother, samplePhone } from './sample-data';
import { deliveryStep, postAddressStep, requesterStep } from './shared-fields';

/** Xác nhận thông tin về cư trú: 1 working day, 3 if verification is needed; free [sec]. */
export const residenceConfirmation = {
	id: 'xac-nhan-thong-tin-cu-tru',
	version: 1,
	slug: 'xac-nhan-thong-tin-cu-tru',
	name: { vi: 'Xác nhận thông tin về cư trú', en: 'Confirmation of residence details' },
	summary: {
		vi: 'Cấp giấy xác nhận nơi thường trú, tạm trú của một người, thường dùng khi đi học, xin việc hoặc làm thủ tục ở nơi khác.',
		en: 'Issues a paper confirming a person’s permanent or temporary residence, often needed for school, a job or procedures elsewhere.'
	},
	whoMayApply: {
		vi: 'Công dân Việt Nam có thông tin trong Cơ sở dữ liệu về cư trú.',
		en: 'A Vietnamese citizen whose details are in the residence database.'
	},
	field: 'residence',
	level: 'full',
	authority: residenceAuthority,
	legalBasis: [residenceLaw],
	timeLimit: { kind: 'working_days', days: 1, daysIfVerification: 3, source: 'sec' },
	fee: { rules: [], exemptions: [], source: 'sec' },
	delivery: ['desk', 'post', 'online'],
	result: {
		name: { vi: 'Giấy xác nhận thông tin về cư trú', en: 'Confirmation of residence details' }
	},
	documents: [],
	steps: [
		requesterStep(),
		{
			id: 'request',
			title: { vi: 'Nội dung đề nghị xác nhận', en: 'What to confirm' },
			fields: [
				{
					kind: 'radio',
					id: 'scope',
					label: { vi: 'Cần xác nhận thông tin gì?', en: 'What should be confirmed?' },
					help: {
						vi: 'Phần lớn trường hợp chỉ cần nơi cư trú hiện tại.',
						en: 'Most cases only need the current residence.'
					},
					coaching: {
						vi: 'Hỏi Ông/Bà nơi yêu cầu giấy này cần nội dung gì, rồi để Ông/Bà tự chọn.',
						en: 'Ask what the requesting office needs, then let them choose.'
					},
					required: true,
					options: [
						{ value: 'current', label: { vi: 'Nơi cư trú hiện tại', en: 'Current residence' } },
						{
							value: 'history',
							label: {
								vi: 'Quá trình cư trú (các nơi đã ở)',
								en: 'Residence history (past addresses)'
							}
						}
					]
				},
				{
					kind: 'long_text',
					id: 'purpose',
					label: { vi: 'Mục đích sử dụng', en: 'What it is for' },
					help: {
						vi: 'Ghi ngắn gọn nơi sẽ nộp giấy xác nhận.',
						en: 'Briefly, where the paper will be handed in.'
					},
					example: { vi: 'Bổ sung hồ sơ nhập học', en: 'For a school enrolment file' },
					coaching: {
						vi: 'Mời Ông/Bà tự gõ một câu ngắn.',
						en: 'Let them type one short sentence.'
					},
					required: true,
					minLength: 5,
					maxLength: 500
				}
			]
		},
		deliveryStep(['desk', 'post', 'online']),
		postAddressStep
	],
	sampleCase: {
		requester: { person: sampleMother, phone: samplePhone, address: sampleAddress },
		request: { scope: 'current', purpose: 'Bổ sung hồ sơ nhập học cho con' },
		delivery: { method: 'online', commitment: true }
	}
} satisfies ProcedureDefinition;
