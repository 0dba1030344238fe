import type { Step } from '../field.schema';
import { parentField, personNamePattern } from './civil-status-common';
import { sexOptions, yesNo } from './shared-fields';

/** The child and parents steps, shared by birth registration and the "3 in 1" procedure. */

export const childStep: Step = {
	id: 'child',
	title: { vi: 'Thông tin của trẻ', en: 'About the child' },
	fields: [
		{
			kind: 'text',
			id: 'fullName',
			label: { vi: 'Họ, chữ đệm và tên của trẻ', en: 'The child’s full name' },
			help: {
				vi: 'Viết đầy đủ, có dấu, đúng tên cha mẹ đã chọn. Giấy khai sinh ghi đúng như vậy.',
				en: 'Write it in full, with accents, as the parents chose. The certificate will show it exactly so.'
			},
			example: { vi: 'Trần Minh Khôi', en: 'Trần Minh Khôi' },
			coaching: {
				vi: 'Mời Ông/Bà tự gõ tên của bé, rồi đọc lại từng chữ để kiểm tra dấu.',
				en: 'Ask them to type the baby’s name, then read it back word by word to check the accents.'
			},
			required: true,
			maxLength: 100,
			pattern: personNamePattern
		},
		{
			kind: 'date',
			id: 'dateOfBirth',
			label: { vi: 'Ngày, tháng, năm sinh', en: 'Date of birth' },
			help: {
				vi: 'Xem trên giấy chứng sinh; viết theo dạng ngày/tháng/năm.',
				en: 'See the hospital birth certificate; write it as day/month/year.'
			},
			example: { vi: '28/10/2026', en: '28/10/2026' },
			coaching: {
				vi: 'Cùng Ông/Bà tìm ngày sinh trên giấy chứng sinh, rồi để Ông/Bà tự nhập. Nếu đã quá 60 ngày thì vẫn đăng ký được.',
				en: 'Find the date on the birth certificate together, then let them type it. Past 60 days, registration is still possible.'
			},
			required: true,
			rules: { notFuture: true, warnIfOlderThanDays: { days: 60, code: 'birth_registration_late' } }
		},
		{
			kind: 'radio',
			id: 'sex',
			label: { vi: 'Giới tính', en: 'Sex' },
			help: { vi: 'Theo giấy chứng sinh.', en: 'As on the hospital birth certificate.' },
			coaching: { vi: 'Mời Ông/Bà tự chọn.', en: 'Let them choose.' },
			required: true,
			options: sexOptions
		},
		{
			kind: 'text',
			id: 'placeOfBirth',
			label: { vi: 'Nơi sinh', en: 'Place of birth' },
			help: {
				vi: 'Tên bệnh viện, trạm y tế nơi trẻ sinh ra; nếu sinh ở nhà thì ghi xã, phường và tỉnh.',
				en: 'The hospital or health station where the child was born; if born at home, the commune and province.'
			},
			example: { vi: 'Bệnh viện Phụ sản Hà Nội', en: 'Hà Nội Obstetrics and Gynaecology Hospital' },
			coaching: {
				vi: 'Tên bệnh viện in ở đầu giấy chứng sinh. Mời Ông/Bà tự gõ theo đó.',
				en: 'The hospital name is printed at the top of the birth certificate. Let them copy it.'
			},
			required: true,
			maxLength: 200
		},
		{
			kind: 'text',
			id: 'ethnicity',
			label: { vi: 'Dân tộc', en: 'Ethnic group' },
			help: {
				vi: 'Theo dân tộc của cha hoặc của mẹ, do cha mẹ thỏa thuận.',
				en: 'The father’s or the mother’s ethnic group, as the parents agree.'
			},
			example: { vi: 'Kinh', en: 'Kinh' },
			coaching: {
				vi: 'Hỏi Ông/Bà cha mẹ đã thống nhất chọn dân tộc nào cho bé, rồi để Ông/Bà tự gõ.',
				en: 'Ask which group the parents agreed on, then let them type it.'
			},
			required: true,
			maxLength: 50
		},
		{
			kind: 'text',
			id: 'hometown',
			label: { vi: 'Quê quán', en: 'Home town (quê quán)' },
			help: {
				vi: 'Theo quê quán của cha hoặc của mẹ, do cha mẹ thỏa thuận; ghi xã, phường và tỉnh.',
				en: 'The father’s or the mother’s home town, as the parents agree; give the commune and province.'
			},
			example: { vi: 'Xã Thanh Trì, Hà Nội', en: 'Thanh Trì commune, Hà Nội' },
			coaching: {
				vi: 'Quê quán có thể xem trên thẻ căn cước của cha hoặc mẹ. Mời Ông/Bà tự gõ.',
				en: 'The home town is on the father’s or mother’s ID card. Let them type it.'
			},
			required: true,
			maxLength: 200
		}
	]
};

export const parentsStep: Step = {
	id: 'parents',
	title: { vi: 'Thông tin cha, mẹ', en: 'About the parents' },
	fields: [
		parentField('mother'),
		{
			kind: 'radio',
			id: 'fatherKnown',
			label: {
				vi: 'Có khai thông tin người cha không?',
				en: 'Will the father’s details be given?'
			},
			help: {
				vi: 'Chọn "Không" nếu chưa xác định được cha; phần về cha trên giấy khai sinh để trống.',
				en: 'Choose "No" if the father is not established; that part of the certificate stays blank.'
			},
			coaching: {
				vi: 'Đây là câu hỏi riêng tư: để Ông/Bà tự chọn và không hỏi thêm lý do.',
				en: 'This is private: let them choose and do not ask why.'
			},
			required: true,
			options: yesNo
		},
		parentField('father', { field: 'fatherKnown', equals: 'yes' })
	]
};
