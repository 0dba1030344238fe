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
import { sampleAddress, sampleFather, samplePhone } from './sample-data';
import {
	addressField,
	deliveryStep,
	documentSlot,
	postAddressStep,
	requesterStep,
	yesNo
} from './shared-fields';

const proofNeeded = { field: 'documents.proofInDatabase', equals: 'no' } as const;

/** Đăng ký thường trú (form CT01): 7 working days; 20,000 đ in person, 10,000 đ online [sec]. */
export const permanentResidence = {
	id: 'dang-ky-thuong-tru',
	version: 1,
	slug: 'dang-ky-thuong-tru',
	name: { vi: 'Đăng ký thường trú', en: 'Permanent residence registration' },
	summary: {
		vi: 'Đăng ký nơi ở ổn định, lâu dài, để được ghi vào Cơ sở dữ liệu về cư trú (thay cho sổ hộ khẩu trước đây).',
		en: 'Registers a stable, long-term home in the residence database (which replaced the old household book).'
	},
	whoMayApply: {
		vi: 'Công dân Việt Nam có chỗ ở hợp pháp tại nơi đăng ký, hoặc được chủ hộ đồng ý cho nhập vào hộ.',
		en: 'A Vietnamese citizen with a lawful home at the address, or whom the head of household agrees to take in.'
	},
	field: 'residence',
	level: 'full',
	authority: residenceAuthority,
	legalBasis: [
		{ vi: `${residenceLaw.vi}, Điều 20 và 22`, en: `${residenceLaw.en}, Articles 20 and 22` },
		residenceFeeCircular
	],
	timeLimit: { kind: 'working_days', days: 7, source: 'sec' },
	fee: {
		rules: residenceFeeRules(20_000, 10_000),
		exemptions: residenceFeeExemptions,
		source: 'sec'
	},
	delivery: ['desk', 'post', 'online'],
	result: {
		name: {
			vi: 'Thông báo kết quả đăng ký thường trú',
			en: 'Notice of permanent residence registration'
		}
	},
	documents: [
		documentSlot(
			'residenceProof',
			{ vi: 'Giấy tờ chứng minh chỗ ở hợp pháp', en: 'Proof of lawful residence' },
			proofNeeded,
			{
				vi: 'Không cần nếu thông tin về chỗ ở đã có trong cơ sở dữ liệu chuyên ngành.',
				en: 'Not needed when the home is already in an official database.'
			}
		)
	],
	steps: [
		requesterStep(undefined, ct01Intro),
		{
			id: 'residence',
			title: { vi: 'Nơi đăng ký thường trú', en: 'New permanent address' },
			fields: [
				addressField('address', { vi: 'Địa chỉ đăng ký thường trú', en: 'Address to register' }),
				residenceBasisField,
				{
					kind: 'radio',
					id: 'joinsHousehold',
					label: {
						vi: 'Có nhập vào hộ gia đình đã có ở địa chỉ này không?',
						en: 'Are you joining a household already at this address?'
					},
					help: {
						vi: 'Nếu có, chủ hộ cần đồng ý; công an sẽ hỏi ý kiến chủ hộ qua ứng dụng VNeID hoặc trực tiếp.',
						en: 'If so, the head of household must agree; the police ask them through VNeID or in person.'
					},
					coaching: { vi: 'Để Ông/Bà tự chọn.', en: 'Let them choose.' },
					required: true,
					options: yesNo
				},
				{
					kind: 'text',
					id: 'headName',
					label: { vi: 'Họ và tên chủ hộ', en: 'Head of household’s full name' },
					help: {
						vi: 'Người đứng tên chủ hộ tại địa chỉ này.',
						en: 'The registered head of household at this address.'
					},
					example: { vi: 'Trần Văn Minh', en: 'Trần Văn Minh' },
					coaching: { vi: 'Mời Ông/Bà tự gõ, có dấu.', en: 'Let them type it, with accents.' },
					required: true,
					showIf: { field: 'joinsHousehold', equals: 'yes' },
					maxLength: 100
				},
				{
					kind: 'personal_id',
					id: 'headPersonalId',
					label: { vi: 'Số căn cước của chủ hộ', en: 'Head of household’s ID number' },
					help: { vi: 'Gồm 12 chữ số.', en: '12 digits.' },
					example: { vi: '001092006789', en: '001092006789' },
					coaching: {
						vi: 'Nếu Ông/Bà không nhớ, có thể gọi điện hỏi chủ hộ.',
						en: 'If they do not know it, they can phone the head of household.'
					},
					required: true,
					showIf: { field: 'joinsHousehold', equals: 'yes' }
				},
				{
					kind: 'text',
					id: 'relationToHead',
					label: { vi: 'Quan hệ với chủ hộ', en: 'Relation to the head of household' },
					help: {
						vi: 'Ví dụ: vợ, con, cháu, người ở nhờ.',
						en: 'For example: wife, child, grandchild, lodger.'
					},
					example: { vi: 'Vợ', en: 'Wife' },
					coaching: { vi: 'Mời Ông/Bà tự gõ.', en: 'Let them type it.' },
					required: true,
					showIf: { field: 'joinsHousehold', equals: 'yes' },
					maxLength: 50
				}
			]
		},
		{
			id: 'documents',
			title: { vi: 'Giấy tờ kèm theo', en: 'Supporting documents' },
			fields: [
				{
					kind: 'radio',
					id: 'proofInDatabase',
					label: {
						vi: 'Chỗ ở đã có trong cơ sở dữ liệu (ví dụ nhà đã được cấp sổ đỏ điện tử) chưa?',
						en: 'Is the home already in an official database (for example an electronic land title)?'
					},
					help: {
						vi: 'Nếu chưa hoặc không rõ, chọn "Không" và chụp giấy tờ chứng minh chỗ ở.',
						en: 'If not, or unsure, choose "No" and photograph the proof of residence.'
					},
					coaching: {
						vi: 'Nếu Ông/Bà không chắc, khuyên chọn "Không".',
						en: 'If they are unsure, suggest "No".'
					},
					required: true,
					options: yesNo
				},
				{ ...residenceProofField, showIf: proofNeeded }
			]
		},
		deliveryStep(['desk', 'post', 'online']),
		postAddressStep
	],
	sampleCase: {
		requester: {
			person: {
				fullName: 'Nguyễn Thị Lan',
				dateOfBirth: '1995-03-14',
				sex: 'female',
				personalId: '001195004321'
			},
			phone: samplePhone,
			address: { provinceCode: '79', communeName: 'Phường Bình Tân', street: 'Số 30 đường số 7' }
		},
		residence: {
			address: sampleAddress,
			basis: 'family',
			joinsHousehold: 'yes',
			headName: sampleFather.fullName,
			headPersonalId: sampleFather.personalId,
			relationToHead: 'Vợ'
		},
		documents: { proofInDatabase: 'yes' },
		delivery: { method: 'online', commitment: true }
	}
} satisfies ProcedureDefinition;
