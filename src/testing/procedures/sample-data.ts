import type { AddressValue, AttachmentRef } from '../../lib/domain/procedures/answers';

/**
 * Fictional people and places for practice mode. The ID numbers are well-formed (province 001 =
 * Hà Nội, century/sex digit, birth year) but invented; the commune code is a real unit so that
 * the address step works with the unit list loaded.
 */

/**
 * The date the samples were written for. Practice mode validates with `{ today: sampleToday }`
 * so that the sample child stays within the 60-day limit whatever the real date.
 */
export const sampleToday = '2026-11-22';

export const sampleAddress: AddressValue = {
	provinceCode: '01',
	communeCode: '00004',
	street: 'Số 12 ngõ 45 phố Đội Cấn'
};

export const samplePhone = '0912345678';

export const sampleMother = {
	fullName: 'Nguyễn Thị Lan',
	dateOfBirth: '1995-03-14',
	sex: 'female',
	personalId: '001195004321'
};

export const sampleFather = {
	fullName: 'Trần Văn Minh',
	dateOfBirth: '1992-07-02',
	sex: 'male',
	personalId: '001092006789'
};

export const sampleChild = {
	fullName: 'Trần Minh Khôi',
	dateOfBirth: '2026-10-28',
	sex: 'male',
	placeOfBirth: 'Bệnh viện Phụ sản Hà Nội',
	ethnicity: 'Kinh',
	hometown: 'Xã Thanh Trì, Hà Nội'
};

export const sampleParents = {
	mother: {
		fullName: sampleMother.fullName,
		dateOfBirth: sampleMother.dateOfBirth,
		personalId: sampleMother.personalId
	},
	fatherKnown: 'yes',
	father: {
		fullName: sampleFather.fullName,
		dateOfBirth: sampleFather.dateOfBirth,
		personalId: sampleFather.personalId
	}
};

export function sampleAttachment(name: string): AttachmentRef[] {
	return [
		{
			attachmentId: `sample-${name}`,
			fileName: `${name}.jpg`,
			mimeType: 'image/jpeg',
			sizeBytes: 850_000
		}
	];
}
