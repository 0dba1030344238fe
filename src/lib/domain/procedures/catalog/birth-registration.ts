import type { ProcedureDefinition } from '../procedure.schema';
import { childStep, parentsStep } from './child-steps';
import {
	civilStatusDecree,
	civilStatusExemptions,
	civilStatusLaw,
	requesterRelations
} from './civil-status-common';
import {
	sampleAddress,
	sampleAttachment,
	sampleChild,
	sampleMother,
	sampleParents,
	samplePhone
} from './sample-data';
import { deliveryStep, documentSlot, postAddressStep, requesterStep, yesNo } from './shared-fields';

const hasCertificate = { field: 'documents.hasBirthCertificate', equals: 'yes' } as const;
const noCertificate = { field: 'documents.hasBirthCertificate', equals: 'no' } as const;

/** Đăng ký khai sinh: Civil Status Law 2014, Art. 15–16; within 60 days, free when on time. */
export const birthRegistration = {
	id: 'dang-ky-khai-sinh',
	version: 1,
	slug: 'dang-ky-khai-sinh',
	name: { vi: 'Đăng ký khai sinh', en: 'Birth registration' },
	summary: {
		vi: 'Đăng ký việc sinh của trẻ để trẻ có giấy khai sinh và số định danh cá nhân.',
		en: 'Registers a child’s birth, so that the child has a birth certificate and a personal ID number.'
	},
	whoMayApply: {
		vi: 'Cha hoặc mẹ của trẻ. Nếu cha, mẹ không thể đi đăng ký thì ông, bà, người thân thích khác hoặc người đang nuôi dưỡng trẻ.',
		en: 'The child’s father or mother. If they cannot, a grandparent, another relative, or the person caring for the child.'
	},
	field: 'civil_status',
	level: 'full',
	authority: {
		vi: 'Ủy ban nhân dân xã, phường, đặc khu nơi cư trú của cha hoặc mẹ',
		en: 'People’s Committee of the commune or ward where the father or the mother lives'
	},
	legalBasis: [
		{ vi: `${civilStatusLaw.vi}, Điều 15 và 16`, en: `${civilStatusLaw.en}, Articles 15 and 16` },
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
				vi: 'Đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh)',
				en: 'Registration on time (within 60 days of the birth)'
			},
			...civilStatusExemptions
		],
		note: {
			vi: 'Đăng ký đúng hạn được miễn lệ phí. Đăng ký sau 60 ngày vẫn được nhận, nhưng có thể phải nộp lệ phí theo mức của tỉnh.',
			en: 'Registration on time is free. After 60 days it is still accepted, but a fee set by the province may apply.'
		},
		source: 'law'
	},
	delivery: ['desk', 'post', 'online'],
	result: { name: { vi: 'Giấy khai sinh (bản chính)', en: 'Birth certificate (original)' } },
	documents: [
		documentSlot(
			'birthCertificate',
			{ vi: 'Giấy chứng sinh', en: 'Hospital birth certificate (giấy chứng sinh)' },
			hasCertificate
		),
		documentSlot(
			'witnessStatement',
			{
				vi: 'Văn bản của người làm chứng xác nhận việc sinh, hoặc giấy cam đoan về việc sinh',
				en: 'A witness statement confirming the birth, or a written commitment about the birth'
			},
			noCertificate,
			{
				vi: 'Chỉ cần khi không có giấy chứng sinh.',
				en: 'Only needed when there is no hospital birth certificate.'
			}
		)
	],
	steps: [
		requesterStep(requesterRelations, {
			vi: 'Người đi đăng ký khai sinh cho trẻ, thường là cha hoặc mẹ.',
			en: 'The person registering the birth, usually the father or the mother.'
		}),
		childStep,
		parentsStep,
		{
			id: 'documents',
			title: { vi: 'Giấy tờ kèm theo', en: 'Supporting documents' },
			fields: [
				{
					kind: 'radio',
					id: 'hasBirthCertificate',
					label: { vi: 'Có giấy chứng sinh không?', en: 'Is there a hospital birth certificate?' },
					help: {
						vi: 'Giấy chứng sinh do bệnh viện, trạm y tế cấp khi trẻ ra đời. Nếu không có, cần văn bản của người làm chứng hoặc giấy cam đoan về việc sinh.',
						en: 'The hospital or health station issues it at the birth. Without it, a witness statement or a written commitment about the birth is needed.'
					},
					coaching: {
						vi: 'Hỏi Ông/Bà có mang theo giấy chứng sinh không, rồi để Ông/Bà tự chọn.',
						en: 'Ask whether they brought the birth certificate, then let them choose.'
					},
					required: true,
					options: yesNo
				},
				{
					kind: 'document',
					id: 'birthCertificate',
					slot: 'birthCertificate',
					label: { vi: 'Ảnh chụp giấy chứng sinh', en: 'Photo of the hospital birth certificate' },
					help: {
						vi: 'Chụp rõ cả tờ, đủ bốn góc, không bị lóa.',
						en: 'Photograph the whole sheet, all four corners, without glare.'
					},
					coaching: {
						vi: 'Hướng dẫn Ông/Bà đặt giấy trên mặt bàn phẳng, giữ máy thẳng và tự bấm "Chụp ảnh".',
						en: 'Show them how to lay the paper flat, hold the phone straight and press "Take a photo" themselves.'
					},
					required: true,
					showIf: { field: 'hasBirthCertificate', equals: 'yes' }
				},
				{
					kind: 'document',
					id: 'witnessStatement',
					slot: 'witnessStatement',
					label: {
						vi: 'Văn bản làm chứng hoặc giấy cam đoan về việc sinh',
						en: 'Witness statement or written commitment about the birth'
					},
					help: {
						vi: 'Văn bản có chữ ký của người làm chứng việc sinh; nếu không có người làm chứng thì giấy cam đoan của người đi đăng ký.',
						en: 'Signed by a witness of the birth; if there is no witness, a written commitment by the person registering.'
					},
					coaching: {
						vi: 'Nếu Ông/Bà chưa có văn bản này, cán bộ một cửa có mẫu giấy cam đoan. Chụp ảnh sau khi đã ký.',
						en: 'If they do not have it yet, the one-stop desk has a commitment form. Photograph it once signed.'
					},
					required: true,
					showIf: { field: 'hasBirthCertificate', equals: 'no' }
				}
			]
		},
		deliveryStep(['desk', 'post', 'online']),
		postAddressStep
	],
	sampleCase: {
		requester: {
			person: { ...sampleMother, relation: 'mother' },
			phone: samplePhone,
			address: sampleAddress
		},
		child: sampleChild,
		parents: sampleParents,
		documents: {
			hasBirthCertificate: 'yes',
			birthCertificate: sampleAttachment('giay-chung-sinh')
		},
		delivery: { method: 'desk', commitment: true }
	}
} satisfies ProcedureDefinition;
