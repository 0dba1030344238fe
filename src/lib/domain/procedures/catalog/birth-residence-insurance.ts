import type { ProcedureDefinition } from '../procedure.schema';
import { childStep, parentsStep } from './child-steps';
import { civilStatusExemptions, civilStatusLaw } from './civil-status-common';
import {
	sampleAddress,
	sampleAttachment,
	sampleChild,
	sampleMother,
	sampleParents,
	samplePhone
} from './sample-data';
import {
	addressField,
	deliveryStep,
	documentSlot,
	postAddressStep,
	requesterStep,
	yesNo
} from './shared-fields';

const parentRelations = [
	{ value: 'mother', label: { vi: 'Mẹ', en: 'Mother' } },
	{ value: 'father', label: { vi: 'Cha', en: 'Father' } }
];

/**
 * "3 in 1": birth registration, permanent residence and a health insurance card for a child
 * under 6, in one dossier (Decree 63/2024, amended by Decree 301/2026). The national portal lists
 * it under two codes, 2.000986 and 2.000987; the first is used as the id.
 */
export const birthResidenceInsurance = {
	id: '2.000986',
	version: 1,
	slug: 'lien-thong-khai-sinh-thuong-tru-bao-hiem-y-te',
	portalCodes: ['2.000986', '2.000987'],
	name: {
		vi: 'Liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi',
		en: 'Linked birth registration, permanent residence registration and health insurance card for a child under 6'
	},
	summary: {
		vi: 'Một hồ sơ cho ba việc: khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi. Từ ngày 01/9/2026 có thể đề nghị cấp thẻ căn cước cho trẻ trong cùng hồ sơ. Mã thủ tục trên Cổng Dịch vụ công quốc gia: 2.000986 và 2.000987.',
		en: 'One dossier for three things: birth registration, permanent residence and a health insurance card for a child under 6. From 1 September 2026 an ID card for the child can be requested in the same dossier. National portal codes: 2.000986 and 2.000987.'
	},
	whoMayApply: {
		vi: 'Cha hoặc mẹ của trẻ mới sinh.',
		en: 'The father or the mother of the newborn child.'
	},
	field: 'civil_status',
	level: 'full',
	authority: {
		vi: 'Ủy ban nhân dân xã, phường nơi cư trú của cha hoặc mẹ, phối hợp với công an xã, phường và cơ quan bảo hiểm xã hội',
		en: 'People’s Committee of the commune or ward where a parent lives, with the commune police and the social insurance office'
	},
	legalBasis: [
		{
			vi: 'Nghị định số 63/2024/NĐ-CP về liên thông thủ tục hành chính, sửa đổi bởi Nghị định số 301/2026/NĐ-CP',
			en: 'Decree No. 63/2024/NĐ-CP on linked administrative procedures, amended by Decree No. 301/2026/NĐ-CP'
		},
		civilStatusLaw,
		{ vi: 'Luật Cư trú số 68/2020/QH14', en: 'Residence Law No. 68/2020/QH14' }
	],
	timeLimit: {
		kind: 'working_days',
		days: 3,
		daysIfVerification: 5,
		source: 'sec'
	},
	fee: {
		rules: [],
		exemptions: [
			{
				vi: 'Đăng ký khai sinh đúng hạn (trong 60 ngày kể từ ngày sinh)',
				en: 'Birth registration on time (within 60 days of the birth)'
			},
			...civilStatusExemptions
		],
		note: {
			vi: 'Không mất phí khi đăng ký khai sinh đúng hạn. Thẻ bảo hiểm y tế của trẻ dưới 6 tuổi do Nhà nước đóng.',
			en: 'Free when the birth is registered on time. The health insurance of children under 6 is paid by the State.'
		},
		source: 'sec'
	},
	delivery: ['desk', 'post', 'online'],
	result: {
		name: {
			vi: 'Giấy khai sinh, thông báo đăng ký thường trú và thẻ bảo hiểm y tế của trẻ',
			en: 'The child’s birth certificate, notice of permanent residence and health insurance card'
		}
	},
	documents: [
		documentSlot(
			'birthCertificate',
			{ vi: 'Giấy chứng sinh (bản chụp)', en: 'Hospital birth certificate (photo)' },
			true
		),
		documentSlot(
			'parentsPapers',
			{
				vi: 'Giấy tờ tùy thân của cha, mẹ hoặc giấy chứng nhận kết hôn',
				en: 'The parents’ identity papers or marriage certificate'
			},
			{ field: 'documents.parentsInDatabase', equals: 'no' },
			{
				vi: 'Chỉ cần khi thông tin của cha, mẹ chưa có trong Cơ sở dữ liệu quốc gia về dân cư.',
				en: 'Only needed when the parents’ details are not yet in the national population database.'
			}
		)
	],
	steps: [
		requesterStep(parentRelations),
		childStep,
		parentsStep,
		{
			id: 'residence',
			title: { vi: 'Nơi thường trú của trẻ', en: 'The child’s permanent residence' },
			fields: [
				{
					kind: 'radio',
					id: 'sameAs',
					label: {
						vi: 'Đăng ký thường trú cho trẻ ở đâu?',
						en: 'Where will the child’s permanent residence be?'
					},
					help: {
						vi: 'Thường là cùng nơi thường trú của cha hoặc mẹ.',
						en: 'Usually the same as the father’s or the mother’s.'
					},
					coaching: {
						vi: 'Hỏi Ông/Bà bé sẽ ở cùng ai, rồi để Ông/Bà tự chọn.',
						en: 'Ask who the baby will live with, then let them choose.'
					},
					required: true,
					options: [
						{
							value: 'mother',
							label: { vi: 'Cùng nơi thường trú của mẹ', en: 'Same as the mother' }
						},
						{
							value: 'father',
							label: { vi: 'Cùng nơi thường trú của cha', en: 'Same as the father' }
						},
						{ value: 'other', label: { vi: 'Nơi khác', en: 'Somewhere else' } }
					]
				},
				{
					...addressField('address', {
						vi: 'Địa chỉ thường trú của trẻ',
						en: 'The child’s permanent address'
					}),
					showIf: { field: 'sameAs', equals: 'other' }
				}
			]
		},
		{
			id: 'insurance',
			title: { vi: 'Thẻ bảo hiểm y tế', en: 'Health insurance card' },
			fields: [
				{
					kind: 'text',
					id: 'initialClinic',
					label: { vi: 'Nơi đăng ký khám chữa bệnh ban đầu', en: 'Clinic for first-line care' },
					help: {
						vi: 'Trạm y tế hoặc bệnh viện gần nhà, nơi bé sẽ khám bệnh bằng thẻ bảo hiểm y tế.',
						en: 'The health station or hospital near home where the baby will be seen with the insurance card.'
					},
					example: { vi: 'Trạm y tế phường Ba Đình', en: 'Ba Đình ward health station' },
					coaching: {
						vi: 'Hỏi Ông/Bà thường đưa bé đi khám ở đâu, rồi để Ông/Bà tự gõ tên nơi đó.',
						en: 'Ask where they usually take the baby to the doctor, then let them type its name.'
					},
					required: true,
					maxLength: 200
				}
			]
		},
		{
			id: 'documents',
			title: { vi: 'Giấy tờ kèm theo', en: 'Supporting documents' },
			fields: [
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
						vi: 'Hướng dẫn Ông/Bà đặt giấy trên mặt bàn phẳng và tự bấm "Chụp ảnh".',
						en: 'Show them how to lay the paper flat and press "Take a photo" themselves.'
					},
					required: true
				},
				{
					kind: 'radio',
					id: 'parentsInDatabase',
					label: {
						vi: 'Cha, mẹ đã có thẻ căn cước hoặc tài khoản định danh điện tử (VNeID) chưa?',
						en: 'Do the parents already have an ID card or a VNeID account?'
					},
					help: {
						vi: 'Nếu có, thông tin đã nằm trong Cơ sở dữ liệu quốc gia về dân cư và không cần chụp thêm giấy tờ.',
						en: 'If so, their details are already in the national population database and no more papers are needed.'
					},
					coaching: {
						vi: 'Hỏi Ông/Bà đã làm thẻ căn cước gắn chip chưa, rồi để Ông/Bà tự chọn.',
						en: 'Ask whether they have a chip ID card, then let them choose.'
					},
					required: true,
					options: yesNo
				},
				{
					kind: 'document',
					id: 'parentsPapers',
					slot: 'parentsPapers',
					label: { vi: 'Ảnh chụp giấy tờ của cha, mẹ', en: 'Photos of the parents’ papers' },
					help: {
						vi: 'Giấy tờ tùy thân của cha, mẹ hoặc giấy chứng nhận kết hôn.',
						en: 'The parents’ identity papers or their marriage certificate.'
					},
					coaching: {
						vi: 'Mời Ông/Bà tự chụp từng giấy; mỗi mặt một ảnh.',
						en: 'Let them photograph each paper themselves, one photo per side.'
					},
					required: true,
					showIf: { field: 'parentsInDatabase', equals: 'no' }
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
		residence: { sameAs: 'mother' },
		insurance: { initialClinic: 'Trạm y tế phường Ba Đình' },
		documents: {
			birthCertificate: sampleAttachment('giay-chung-sinh'),
			parentsInDatabase: 'yes'
		},
		delivery: { method: 'post', commitment: true },
		postAddress: {
			recipientName: 'Nguyễn Thị Lan',
			recipientPhone: samplePhone,
			address: sampleAddress
		}
	}
} satisfies ProcedureDefinition;
