import type { LocalizedText } from '../../validation/issue';
import type { Field } from '../field.schema';
import type { FeeRule } from '../procedure.schema';

/** Shared by the residence procedures (cư trú), handled by the commune police. */

export const residenceAuthority: LocalizedText = {
	vi: 'Công an xã, phường, đặc khu nơi đăng ký cư trú',
	en: 'The commune or ward police where the residence is registered'
};

export const residenceLaw: LocalizedText = {
	vi: 'Luật Cư trú số 68/2020/QH14',
	en: 'Residence Law No. 68/2020/QH14'
};

export const residenceFeeCircular: LocalizedText = {
	vi: 'Thông tư số 75/2022/TT-BTC quy định lệ phí đăng ký cư trú',
	en: 'Circular No. 75/2022/TT-BTC on residence registration fees'
};

/** [sec] Not read in the circular itself; kept as data so an administrator can correct it. */
export const residenceFeeExemptions: LocalizedText[] = [
	{
		vi: 'Trẻ em, người cao tuổi, người khuyết tật',
		en: 'Children, elderly people, people with disabilities'
	},
	{
		vi: 'Người có công với cách mạng và thân nhân',
		en: 'People with revolutionary merit and their families'
	},
	{ vi: 'Người thuộc hộ nghèo', en: 'Members of poor households' }
];

export function residenceFeeRules(inPersonVnd: number, onlineVnd: number): FeeRule[] {
	return [
		{
			label: { vi: 'Nộp hồ sơ trực tiếp', en: 'Filed in person' },
			amountVnd: inPersonVnd,
			channel: 'in_person'
		},
		{
			label: { vi: 'Nộp hồ sơ trực tuyến', en: 'Filed online' },
			amountVnd: onlineVnd,
			channel: 'online'
		}
	];
}

export const ct01Intro: LocalizedText = {
	vi: 'Các thông tin dưới đây thay cho tờ khai thay đổi thông tin cư trú (mẫu CT01).',
	en: 'The details below replace the residence change form (form CT01).'
};

export const residenceBasisField: Field = {
	kind: 'select',
	id: 'basis',
	label: { vi: 'Chỗ ở này thuộc trường hợp nào?', en: 'What is your right to live there?' },
	help: {
		vi: 'Dùng để xác định giấy tờ chứng minh chỗ ở hợp pháp cần nộp.',
		en: 'This decides which proof of lawful residence is needed.'
	},
	coaching: {
		vi: 'Giải thích từng trường hợp bằng lời đơn giản, để Ông/Bà tự chọn.',
		en: 'Explain each case in plain words and let them choose.'
	},
	required: true,
	options: [
		{ value: 'owned', label: { vi: 'Nhà của mình', en: 'My own home' } },
		{ value: 'family', label: { vi: 'Ở cùng gia đình, người thân', en: 'Living with family' } },
		{ value: 'rented', label: { vi: 'Thuê, mượn hoặc ở nhờ', en: 'Rented, borrowed or lent' } },
		{ value: 'other', label: { vi: 'Trường hợp khác', en: 'Another case' } }
	]
};

export const residenceProofField: Field = {
	kind: 'document',
	id: 'residenceProof',
	slot: 'residenceProof',
	label: { vi: 'Giấy tờ chứng minh chỗ ở hợp pháp', en: 'Proof of lawful residence' },
	help: {
		vi: 'Ví dụ: giấy chứng nhận quyền sử dụng đất, hợp đồng thuê nhà, văn bản cho ở nhờ.',
		en: 'For example: a land use certificate, a tenancy agreement, or a letter allowing you to stay.'
	},
	coaching: {
		vi: 'Hướng dẫn Ông/Bà tự chụp từng trang của giấy tờ.',
		en: 'Show them how to photograph each page of the document.'
	},
	required: true
};
