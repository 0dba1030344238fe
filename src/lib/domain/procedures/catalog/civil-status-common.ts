import type { LocalizedText } from '../../validation/issue';
import type { Option } from '../common.schema';
import type { FieldOfKind } from '../field.schema';

/** Shared by the civil-status procedures (hộ tịch): exemptions, legal basis, name rules. */

export const civilStatusExemptions: LocalizedText[] = [
	{
		vi: 'Người thuộc gia đình có công với cách mạng',
		en: 'Members of families of people with revolutionary merit'
	},
	{ vi: 'Người thuộc hộ nghèo', en: 'Members of poor households' },
	{ vi: 'Người khuyết tật', en: 'People with disabilities' }
];

export const civilStatusLaw: LocalizedText = {
	vi: 'Luật Hộ tịch số 60/2014/QH13',
	en: 'Civil Status Law No. 60/2014/QH13'
};

export const civilStatusDecree: LocalizedText = {
	vi: 'Nghị định số 123/2015/NĐ-CP hướng dẫn Luật Hộ tịch',
	en: 'Decree No. 123/2015/NĐ-CP guiding the Civil Status Law'
};

/** Letters, spaces and the apostrophe or hyphen of some ethnic minority names. */
export const personNamePattern = "[\\p{L}\\p{M}]+(?:[ '’-][\\p{L}\\p{M}]+)*";

export const requesterRelations: Option[] = [
	{ value: 'mother', label: { vi: 'Mẹ', en: 'Mother' } },
	{ value: 'father', label: { vi: 'Cha', en: 'Father' } },
	{ value: 'grandparent', label: { vi: 'Ông, bà', en: 'Grandparent' } },
	{ value: 'relative', label: { vi: 'Người thân thích khác', en: 'Other relative' } },
	{ value: 'carer', label: { vi: 'Người đang nuôi dưỡng trẻ', en: 'Person caring for the child' } }
];

export function parentField(id: 'mother' | 'father', showIf?: FieldOfKind<'person'>['showIf']) {
	const mother = id === 'mother';
	const field: FieldOfKind<'person'> = {
		kind: 'person',
		id,
		label: mother
			? { vi: 'Mẹ của trẻ', en: 'The child’s mother' }
			: { vi: 'Cha của trẻ', en: 'The child’s father' },
		help: {
			vi: 'Nhập họ và tên, ngày sinh và số căn cước đúng như trên thẻ căn cước.',
			en: 'Enter the full name, date of birth and ID number exactly as on the ID card.'
		},
		example: mother
			? {
					vi: 'Nguyễn Thị Lan, 14/03/1995, 001195004321',
					en: 'Nguyễn Thị Lan, 14/03/1995, 001195004321'
				}
			: {
					vi: 'Trần Văn Minh, 02/07/1992, 001092006789',
					en: 'Trần Văn Minh, 02/07/1992, 001092006789'
				},
		coaching: {
			vi: 'Mời Ông/Bà mở thẻ căn cước (hoặc ứng dụng VNeID) và tự nhập theo đúng thẻ. Số căn cước gồm 12 chữ số.',
			en: 'Ask them to open the ID card (or the VNeID app) and type the details exactly as shown. The ID number has 12 digits.'
		},
		required: true,
		fixedSex: mother ? 'female' : 'male'
	};
	return showIf ? { ...field, showIf } : field;
}
