import type { LocalizedText } from '../../validation/issue';
import type { Option } from '../common.schema';
import type { Field, FieldOfKind, Step } from '../field.schema';
import type { DocumentSlot } from '../procedure.schema';
import { deliveryNames, type Delivery } from '../procedure-labels';

/** Building blocks that read the same in every procedure: people, contacts, delivery. */

export const yesNo: Option[] = [
	{ value: 'yes', label: { vi: 'Có', en: 'Yes' } },
	{ value: 'no', label: { vi: 'Không', en: 'No' } }
];

export const sexOptions: Option[] = [
	{ value: 'male', label: { vi: 'Nam', en: 'Male' } },
	{ value: 'female', label: { vi: 'Nữ', en: 'Female' } }
];

export const scanTypes: DocumentSlot['acceptedTypes'] = [
	'image/jpeg',
	'image/png',
	'application/pdf'
];

export function documentSlot(
	id: string,
	name: LocalizedText,
	required: DocumentSlot['required'],
	note?: LocalizedText
): DocumentSlot {
	const slot: DocumentSlot = {
		id,
		name,
		required,
		acceptedTypes: scanTypes,
		maxFiles: 4,
		maxSizeMb: 5
	};
	return note ? { ...slot, note } : slot;
}

export function requesterPerson(relationOptions?: Option[]): FieldOfKind<'person'> {
	const field: FieldOfKind<'person'> = {
		kind: 'person',
		id: 'person',
		label: { vi: 'Người yêu cầu', en: 'Person making the request' },
		help: {
			vi: 'Nhập đúng như trên thẻ căn cước: họ và tên, ngày sinh, giới tính và số căn cước.',
			en: 'Enter the details exactly as on the ID card: full name, date of birth, sex and ID number.'
		},
		example: {
			vi: 'Nguyễn Thị Lan, 14/03/1995, Nữ, 001195004321',
			en: 'Nguyễn Thị Lan, 14/03/1995, Female, 001195004321'
		},
		coaching: {
			vi: 'Mời Ông/Bà lấy thẻ căn cước ra và tự nhập từng dòng theo đúng thẻ. Số căn cước có 12 chữ số, in ở mặt trước thẻ.',
			en: 'Ask them to take out their ID card and type each line themselves, exactly as printed. The ID number has 12 digits, on the front of the card.'
		},
		required: true
	};
	return relationOptions ? { ...field, relationOptions } : field;
}

export function phoneField(id = 'phone', label?: LocalizedText): FieldOfKind<'phone'> {
	return {
		kind: 'phone',
		id,
		label: label ?? { vi: 'Số điện thoại di động', en: 'Mobile phone number' },
		help: {
			vi: 'Cơ quan giải quyết nhắn tin hoặc gọi vào số này khi cần bổ sung giấy tờ hoặc khi có kết quả.',
			en: 'The office texts or calls this number if something is missing or when the result is ready.'
		},
		example: { vi: '0912 345 678', en: '0912 345 678' },
		coaching: {
			vi: 'Mời Ông/Bà tự gõ số điện thoại đang dùng hằng ngày. Nếu không nhớ số, có thể gọi thử sang máy của tình nguyện viên để xem.',
			en: 'Ask them to type the number they use every day. If they do not remember it, they can ring the volunteer’s phone to see it.'
		},
		required: true
	};
}

export const emailField: FieldOfKind<'email'> = {
	kind: 'email',
	id: 'email',
	label: { vi: 'Thư điện tử (nếu có)', en: 'Email (if any)' },
	help: {
		vi: 'Không bắt buộc. Nếu có, thông báo và kết quả điện tử cũng được gửi vào địa chỉ này.',
		en: 'Optional. If given, notices and the electronic result are also sent to this address.'
	},
	example: { vi: 'nguyenlan@gmail.com', en: 'nguyenlan@gmail.com' },
	coaching: {
		vi: 'Nếu Ông/Bà không dùng thư điện tử thì bỏ trống mục này.',
		en: 'If they do not use email, leave this empty.'
	},
	required: false
};

export function addressField(
	id: string,
	label: LocalizedText,
	help?: LocalizedText
): FieldOfKind<'address'> {
	return {
		kind: 'address',
		id,
		label,
		help: help ?? {
			vi: 'Chọn tỉnh, thành phố, rồi xã, phường, đặc khu theo địa giới mới (không còn cấp huyện), sau đó nhập số nhà, tên đường hoặc thôn, tổ dân phố.',
			en: 'Choose the province or city, then the commune or ward under the new two-tier map (there are no districts any more), then the house number and street, or the village.'
		},
		example: {
			vi: 'Hà Nội – phường Ba Đình – số 12 ngõ 45 phố Đội Cấn',
			en: 'Hà Nội – Ba Đình ward – 12, lane 45, Đội Cấn street'
		},
		coaching: {
			vi: 'Địa chỉ mới không còn quận, huyện. Nếu Ông/Bà chưa biết tên xã, phường mới, cùng tìm trong danh sách hoặc hỏi cán bộ một cửa.',
			en: 'New addresses have no district. If they do not know the new commune or ward, search the list together or ask the one-stop officer.'
		},
		required: true
	};
}

export function requesterStep(relationOptions?: Option[], intro?: LocalizedText): Step {
	const step: Step = {
		id: 'requester',
		title: { vi: 'Người yêu cầu', en: 'Person making the request' },
		fields: [
			requesterPerson(relationOptions),
			phoneField(),
			emailField,
			addressField('address', { vi: 'Nơi cư trú hiện nay', en: 'Current place of residence' })
		]
	};
	return intro ? { ...step, intro } : step;
}

const commitment: Field = {
	kind: 'checkbox',
	id: 'commitment',
	label: {
		vi: 'Tôi cam đoan những nội dung khai trên đây là đúng sự thật và chịu trách nhiệm trước pháp luật về lời khai của mình.',
		en: 'I declare that the information above is true and I take legal responsibility for it.'
	},
	help: {
		vi: 'Lời cam đoan bắt buộc trên tờ khai. Khai không đúng sự thật có thể bị từ chối hoặc xử lý theo pháp luật.',
		en: 'This declaration is required on the form. Untrue statements may lead to refusal or legal penalties.'
	},
	coaching: {
		vi: 'Đọc lời cam đoan cho Ông/Bà nghe. Chỉ Ông/Bà tự đánh dấu vào ô này; tình nguyện viên không đánh dấu thay.',
		en: 'Read the declaration aloud. Only the citizen ticks this box; the volunteer never ticks it for them.'
	},
	required: true
};

export function deliveryStep(methods: Delivery[]): Step {
	return {
		id: 'delivery',
		title: { vi: 'Cách nhận kết quả', en: 'How to receive the result' },
		fields: [
			{
				kind: 'radio',
				id: 'method',
				label: { vi: 'Nhận kết quả bằng cách nào?', en: 'How will you receive the result?' },
				help: {
					vi: 'Nhận qua bưu chính công ích thì kết quả được gửi đến địa chỉ đã chọn; người nhận trả cước phí.',
					en: 'By public post, the result is sent to the address given; the recipient pays the postage.'
				},
				coaching: {
					vi: 'Đọc từng cách nhận cho Ông/Bà nghe và để Ông/Bà tự chọn cách thuận tiện nhất.',
					en: 'Read each option aloud and let them choose the one that suits them.'
				},
				required: true,
				options: methods.map((method) => ({ value: method, label: deliveryNames[method] }))
			},
			commitment
		]
	};
}

export const postAddressStep: Step = {
	id: 'postAddress',
	title: { vi: 'Địa chỉ nhận kết quả qua bưu chính', en: 'Address for delivery by post' },
	intro: {
		vi: 'Bưu điện cần họ tên, số điện thoại và địa chỉ của người nhận (Quyết định 45/2016/QĐ-TTg).',
		en: 'The post office needs the recipient’s name, phone number and address (Decision 45/2016/QĐ-TTg).'
	},
	showIf: { field: 'delivery.method', equals: 'post' },
	fields: [
		{
			kind: 'text',
			id: 'recipientName',
			label: { vi: 'Họ và tên người nhận', en: 'Recipient’s full name' },
			help: {
				vi: 'Người sẽ nhận bưu phẩm, có thể là người yêu cầu hoặc người thân.',
				en: 'Who will receive the parcel: the applicant or a relative.'
			},
			example: { vi: 'Nguyễn Thị Lan', en: 'Nguyễn Thị Lan' },
			coaching: {
				vi: 'Hỏi Ông/Bà ai sẽ ở nhà để nhận bưu phẩm, rồi mời Ông/Bà tự gõ họ tên người đó.',
				en: 'Ask who will be at home to receive it, then let them type that person’s name.'
			},
			required: true,
			maxLength: 100
		},
		phoneField('recipientPhone', {
			vi: 'Số điện thoại người nhận',
			en: 'Recipient’s mobile number'
		}),
		addressField('address', { vi: 'Địa chỉ nhận', en: 'Delivery address' })
	]
};
