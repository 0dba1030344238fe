import type { FieldOfKind, Step } from '../field.schema';
import type { ProcedureDefinition } from '../procedure.schema';
import { civilStatusDecree, civilStatusLaw } from './civil-status-common';
import { sampleAddress, samplePhone } from './sample-data';
import { addressField, deliveryStep, emailField, phoneField } from './shared-fields';

// Marriage and Family Law 2014, Art. 8: a man from full 20 years of age, a woman from full 18.
function partyStep(id: 'woman' | 'man'): Step {
	const woman = id === 'woman';
	const person: FieldOfKind<'person'> = {
		kind: 'person',
		id: 'person',
		label: woman ? { vi: 'Bên nữ', en: 'The woman' } : { vi: 'Bên nam', en: 'The man' },
		help: {
			vi: `Nhập đúng như trên thẻ căn cước. ${woman ? 'Bên nữ phải từ đủ 18 tuổi' : 'Bên nam phải từ đủ 20 tuổi'}.`,
			en: `Enter the details exactly as on the ID card. ${woman ? 'The woman must be at least 18' : 'The man must be at least 20'}.`
		},
		example: woman
			? { vi: 'Lê Thu Hà, 20/05/1998, 001198012345', en: 'Lê Thu Hà, 20/05/1998, 001198012345' }
			: {
					vi: 'Phạm Quốc Bảo, 03/11/1996, 001096054321',
					en: 'Phạm Quốc Bảo, 03/11/1996, 001096054321'
				},
		coaching: {
			vi: 'Mời từng người tự nhập thông tin của mình theo thẻ căn cước.',
			en: 'Ask each person to type their own details from their ID card.'
		},
		required: true,
		fixedSex: woman ? 'female' : 'male',
		minAgeYears: woman ? 18 : 20
	};
	return {
		id,
		title: woman
			? { vi: 'Thông tin bên nữ', en: 'About the woman' }
			: { vi: 'Thông tin bên nam', en: 'About the man' },
		fields: [
			person,
			{
				kind: 'text',
				id: 'ethnicity',
				label: { vi: 'Dân tộc', en: 'Ethnic group' },
				help: { vi: 'Như trên thẻ căn cước.', en: 'As on the ID card.' },
				example: { vi: 'Kinh', en: 'Kinh' },
				coaching: { vi: 'Mời Ông/Bà tự gõ.', en: 'Let them type it.' },
				required: true,
				maxLength: 50
			},
			addressField('address', { vi: 'Nơi cư trú', en: 'Place of residence' }),
			{
				kind: 'number',
				id: 'marriageCount',
				label: { vi: 'Kết hôn lần thứ mấy?', en: 'Which marriage is this for this person?' },
				help: {
					vi: 'Ghi 1 nếu kết hôn lần đầu. Nếu đã từng kết hôn, cán bộ sẽ đối chiếu giấy tờ về việc ly hôn hoặc vợ, chồng đã mất.',
					en: 'Enter 1 for a first marriage. For a later one, the officer checks the divorce papers or the spouse’s death record.'
				},
				example: { vi: '1', en: '1' },
				coaching: {
					vi: 'Hỏi nhẹ nhàng, để Ông/Bà tự nhập số.',
					en: 'Ask gently and let them type the number.'
				},
				required: true,
				min: 1,
				max: 10,
				integer: true
			}
		]
	};
}

/** Đăng ký kết hôn: both parties sign in person, so the service is partly online. */
export const marriageRegistration = {
	id: 'dang-ky-ket-hon',
	version: 1,
	slug: 'dang-ky-ket-hon',
	name: { vi: 'Đăng ký kết hôn', en: 'Marriage registration' },
	summary: {
		vi: 'Đăng ký việc kết hôn giữa hai công dân Việt Nam cư trú trong nước. Từ ngày 01/01/2026 không cần giấy xác nhận tình trạng hôn nhân.',
		en: 'Registers the marriage of two Vietnamese citizens living in Viet Nam. Since 1 January 2026 no marital status certificate is needed.'
	},
	whoMayApply: {
		vi: 'Hai bên nam, nữ đủ tuổi kết hôn, tự nguyện kết hôn, cư trú trong nước.',
		en: 'A man and a woman of marriageable age, marrying of their own free will, living in Viet Nam.'
	},
	field: 'civil_status',
	level: 'partial',
	partialReason: {
		vi: 'Hai bên nam, nữ phải cùng có mặt tại Ủy ban nhân dân xã để ký vào giấy chứng nhận kết hôn và sổ hộ tịch.',
		en: 'Both parties must be present at the commune People’s Committee to sign the marriage certificate and the register.'
	},
	authority: {
		vi: 'Ủy ban nhân dân xã, phường, đặc khu nơi cư trú của một trong hai bên',
		en: 'People’s Committee of the commune or ward where either party lives'
	},
	legalBasis: [
		{
			vi: 'Luật Hôn nhân và gia đình số 52/2014/QH13',
			en: 'Marriage and Family Law No. 52/2014/QH13'
		},
		{ vi: `${civilStatusLaw.vi}, Điều 17 và 18`, en: `${civilStatusLaw.en}, Articles 17 and 18` },
		civilStatusDecree
	],
	timeLimit: {
		kind: 'same_day',
		cutoffHour: 15,
		extraDaysIfVerification: 5,
		note: {
			vi: 'Giải quyết ngay trong ngày; nếu cần xác minh điều kiện kết hôn thì không quá 05 ngày làm việc.',
			en: 'Handled the same day; if the conditions for marriage need checking, within 5 working days.'
		},
		source: 'law'
	},
	fee: {
		rules: [],
		exemptions: [
			{
				vi: 'Đăng ký kết hôn giữa công dân Việt Nam cư trú ở trong nước',
				en: 'Marriage of Vietnamese citizens living in Viet Nam'
			}
		],
		source: 'law'
	},
	delivery: ['desk'],
	inPersonRequired: true,
	result: { name: { vi: 'Giấy chứng nhận kết hôn', en: 'Marriage certificate' } },
	documents: [],
	steps: [
		partyStep('woman'),
		partyStep('man'),
		{
			id: 'contact',
			title: { vi: 'Liên hệ và cam kết', en: 'Contact and declaration' },
			intro: {
				vi: 'Khi được hẹn, cả hai người cùng mang thẻ căn cước đến ký.',
				en: 'When called, both come with their ID cards to sign.'
			},
			fields: [
				phoneField(),
				emailField,
				{
					kind: 'checkbox',
					id: 'voluntary',
					label: {
						vi: 'Hai bên cam đoan tự nguyện kết hôn, đủ điều kiện kết hôn và không vi phạm điều cấm của Luật Hôn nhân và gia đình.',
						en: 'Both parties declare they marry of their own free will, meet the conditions for marriage, and break none of the prohibitions of the Marriage and Family Law.'
					},
					help: {
						vi: 'Điều kiện và điều cấm được nêu tại Điều 5 và Điều 8 Luật Hôn nhân và gia đình.',
						en: 'The conditions and prohibitions are in Articles 5 and 8 of the Marriage and Family Law.'
					},
					coaching: {
						vi: 'Đọc lời cam đoan cho cả hai người nghe; để một trong hai người tự đánh dấu.',
						en: 'Read the declaration to both; let one of them tick the box.'
					},
					required: true
				}
			]
		},
		deliveryStep(['desk'])
	],
	sampleCase: {
		woman: {
			person: { fullName: 'Lê Thu Hà', dateOfBirth: '1998-05-20', personalId: '001198012345' },
			ethnicity: 'Kinh',
			address: sampleAddress,
			marriageCount: 1
		},
		man: {
			person: { fullName: 'Phạm Quốc Bảo', dateOfBirth: '1996-11-03', personalId: '001096054321' },
			ethnicity: 'Kinh',
			address: {
				provinceCode: '01',
				communeName: 'Phường Cầu Giấy',
				street: 'Số 8 ngõ 20 phố Trần Thái Tông'
			},
			marriageCount: 1
		},
		contact: { phone: samplePhone, voluntary: true },
		delivery: { method: 'desk', commitment: true }
	}
} satisfies ProcedureDefinition;
