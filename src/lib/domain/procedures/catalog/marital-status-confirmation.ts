import type { ProcedureDefinition } from '../procedure.schema';
import { civilStatusDecree, civilStatusExemptions } from './civil-status-common';
import { sampleAddress, sampleAttachment, sampleMother, samplePhone } from './sample-data';
import { deliveryStep, documentSlot, postAddressStep, requesterStep } from './shared-fields';

const divorced = { field: 'status.maritalStatus', equals: 'divorced' } as const;

/** Xác nhận tình trạng hôn nhân. The time limit is unconfirmed and the fee is set by each province. */
export const maritalStatusConfirmation = {
	id: 'xac-nhan-tinh-trang-hon-nhan',
	version: 1,
	slug: 'xac-nhan-tinh-trang-hon-nhan',
	name: { vi: 'Cấp giấy xác nhận tình trạng hôn nhân', en: 'Marital status certificate' },
	summary: {
		vi: 'Xác nhận một người đang độc thân, đã ly hôn, góa hoặc đang có vợ, chồng, để dùng vào việc như mua bán nhà đất, vay vốn hoặc kết hôn với người nước ngoài. Giấy có giá trị 6 tháng.',
		en: 'Confirms that a person is single, divorced, widowed or married, for uses such as property deals, loans or marrying a foreigner. Valid for 6 months.'
	},
	whoMayApply: {
		vi: 'Công dân Việt Nam cư trú trong nước, tự yêu cầu cho mình.',
		en: 'A Vietnamese citizen living in Viet Nam, for themselves.'
	},
	field: 'civil_status',
	level: 'full',
	authority: {
		vi: 'Ủy ban nhân dân xã, phường, đặc khu nơi người yêu cầu thường trú',
		en: 'People’s Committee of the commune or ward of permanent residence'
	},
	legalBasis: [
		{
			vi: `${civilStatusDecree.vi}, Điều 21 đến 23`,
			en: `${civilStatusDecree.en}, Articles 21 to 23`
		}
	],
	timeLimit: { kind: 'working_days', days: 3, source: 'unverified' },
	fee: {
		rules: [
			{
				label: { vi: 'Mức thu tại Hà Nội', en: 'Amount in Hà Nội' },
				amountVnd: 3_000,
				provinceCode: '01'
			}
		],
		exemptions: civilStatusExemptions,
		note: {
			vi: 'Lệ phí do Hội đồng nhân dân tỉnh, thành phố quy định; ví dụ Hà Nội thu 3.000 đồng.',
			en: 'The fee is set by each province; Hà Nội, for example, charges 3,000 đồng.'
		},
		setByProvince: true,
		source: 'sec'
	},
	delivery: ['desk', 'post', 'online'],
	result: {
		name: { vi: 'Giấy xác nhận tình trạng hôn nhân', en: 'Marital status certificate' },
		validityMonths: 6
	},
	documents: [
		documentSlot('idCard', { vi: 'Thẻ căn cước (hai mặt)', en: 'ID card (both sides)' }, true),
		documentSlot(
			'divorcePapers',
			{
				vi: 'Bản án hoặc quyết định ly hôn đã có hiệu lực của Tòa án',
				en: 'The court’s final divorce judgment or decision'
			},
			divorced
		)
	],
	steps: [
		requesterStep(),
		{
			id: 'status',
			title: { vi: 'Tình trạng hôn nhân', en: 'Marital status' },
			fields: [
				{
					kind: 'radio',
					id: 'maritalStatus',
					label: { vi: 'Tình trạng hôn nhân hiện nay', en: 'Current marital status' },
					help: {
						vi: 'Chọn đúng tình trạng hiện tại; cán bộ sẽ đối chiếu với sổ hộ tịch.',
						en: 'Choose the current status; the officer checks it against the civil register.'
					},
					coaching: {
						vi: 'Đây là thông tin riêng tư: để Ông/Bà tự chọn, không hỏi thêm.',
						en: 'This is private: let them choose and ask nothing more.'
					},
					required: true,
					options: [
						{ value: 'single', label: { vi: 'Chưa kết hôn lần nào', en: 'Never married' } },
						{ value: 'married', label: { vi: 'Đang có vợ hoặc chồng', en: 'Married' } },
						{ value: 'divorced', label: { vi: 'Đã ly hôn', en: 'Divorced' } },
						{ value: 'widowed', label: { vi: 'Vợ hoặc chồng đã mất', en: 'Widowed' } }
					]
				},
				{
					kind: 'long_text',
					id: 'purpose',
					label: { vi: 'Mục đích sử dụng giấy xác nhận', en: 'What the certificate is for' },
					help: {
						vi: 'Giấy chỉ dùng cho mục đích ghi ở đây. Kết hôn giữa hai công dân Việt Nam từ ngày 01/01/2026 không cần giấy này.',
						en: 'The certificate may only be used for the purpose given here. Since 1 January 2026 a marriage between two Vietnamese citizens does not need it.'
					},
					example: { vi: 'Để làm thủ tục vay vốn ngân hàng', en: 'For a bank loan application' },
					coaching: {
						vi: 'Hỏi Ông/Bà cần giấy này để làm gì, rồi để Ông/Bà tự gõ ngắn gọn.',
						en: 'Ask what they need it for, then let them type it briefly.'
					},
					required: true,
					minLength: 5,
					maxLength: 500
				}
			]
		},
		{
			id: 'documents',
			title: { vi: 'Giấy tờ kèm theo', en: 'Supporting documents' },
			fields: [
				{
					kind: 'document',
					id: 'idCard',
					slot: 'idCard',
					label: { vi: 'Ảnh chụp thẻ căn cước, hai mặt', en: 'Photos of the ID card, both sides' },
					help: {
						vi: 'Mỗi mặt một ảnh, rõ chữ, không bị lóa.',
						en: 'One photo per side, readable, without glare.'
					},
					coaching: {
						vi: 'Mời Ông/Bà tự chụp mặt trước rồi mặt sau của thẻ.',
						en: 'Let them photograph the front, then the back of the card.'
					},
					required: true
				},
				{
					kind: 'document',
					id: 'divorcePapers',
					slot: 'divorcePapers',
					label: {
						vi: 'Ảnh chụp bản án hoặc quyết định ly hôn',
						en: 'Photo of the divorce judgment or decision'
					},
					help: { vi: 'Chụp đủ các trang.', en: 'Photograph every page.' },
					coaching: {
						vi: 'Mời Ông/Bà tự chụp từng trang, lần lượt.',
						en: 'Let them photograph each page in turn.'
					},
					required: true,
					showIf: divorced
				}
			]
		},
		deliveryStep(['desk', 'post', 'online']),
		postAddressStep
	],
	sampleCase: {
		requester: { person: sampleMother, phone: samplePhone, address: sampleAddress },
		status: { maritalStatus: 'single', purpose: 'Để làm thủ tục vay vốn ngân hàng' },
		documents: {
			idCard: [...sampleAttachment('cccd-mat-truoc'), ...sampleAttachment('cccd-mat-sau')]
		},
		delivery: { method: 'desk', commitment: true }
	}
} satisfies ProcedureDefinition;
