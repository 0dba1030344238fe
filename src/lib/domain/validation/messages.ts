import type { Issue, Locale, LocalizedText } from './issue';

/**
 * Every issue code with its sentence in both languages, Vietnamese first. Each sentence says what
 * is wrong and how to fix it, impersonally, as public-service portals write. `{name}` placeholders
 * take `Issue.params`.
 */
export const issueMessages = {
	required: {
		vi: 'Chưa có thông tin ở mục này. Hãy nhập hoặc chọn trước khi tiếp tục.',
		en: 'This is required. Fill it in or choose an option before continuing.'
	},
	// The same, naming the box (issue 19): `what` is the field's label in the page's language.
	required_enter: {
		vi: 'Nhập {what}.',
		en: 'Enter {what}.'
	},
	required_choose: {
		vi: 'Chọn {what}.',
		en: 'Choose {what}.'
	},
	required_answer: {
		vi: 'Chọn một câu trả lời cho câu hỏi «{what}».',
		en: 'Choose an answer to “{what}”.'
	},
	confirmation_required: {
		vi: 'Cần đánh dấu vào ô xác nhận để tiếp tục.',
		en: 'Tick the box to confirm before continuing.'
	},
	value_invalid: {
		vi: 'Thông tin không đúng dạng. Hãy xóa và nhập lại.',
		en: 'This value is not in the expected form. Clear it and enter it again.'
	},
	option_invalid: {
		vi: 'Lựa chọn không có trong danh sách. Hãy chọn một trong các phương án có sẵn.',
		en: 'This choice is not in the list. Pick one of the options shown.'
	},
	text_too_short: {
		vi: 'Cần nhập ít nhất {min} ký tự.',
		en: 'Enter at least {min} characters.'
	},
	text_too_long: {
		vi: 'Chỉ được nhập tối đa {max} ký tự. Hãy rút gọn nội dung.',
		en: 'Enter no more than {max} characters. Shorten the text.'
	},
	text_pattern_mismatch: {
		vi: 'Thông tin chưa đúng định dạng. Hãy nhập theo ví dụ bên dưới ô.',
		en: 'This is not in the expected format. Follow the example below the field.'
	},
	text_invalid_characters: {
		vi: 'Ô này có ký tự không hợp lệ (ký tự điều khiển hoặc ký tự ẩn). Hãy gõ lại nội dung, đừng dán từ nơi khác.',
		en: 'This field contains characters that are not allowed (control or hidden characters). Type it again rather than pasting it.'
	},
	name_invalid_characters: {
		vi: 'Họ và tên chỉ gồm chữ cái và khoảng trắng. Hãy bỏ chữ số và ký hiệu.',
		en: 'A full name contains only letters and spaces. Remove digits and symbols.'
	},
	name_without_diacritics: {
		vi: 'Họ tên chưa có dấu. Hãy gõ đủ dấu như trên giấy tờ, ví dụ Nguyễn Văn An; nếu tên đúng là không có dấu thì cứ tiếp tục.',
		en: 'The name has no Vietnamese accents. Type it with its accents as on the papers, for example Nguyễn Văn An; if the name really has none, carry on.'
	},
	number_invalid: {
		vi: 'Cần nhập một số, ví dụ 2.',
		en: 'Enter a number, for example 2.'
	},
	number_not_integer: {
		vi: 'Cần nhập số nguyên, không có phần thập phân.',
		en: 'Enter a whole number, without decimals.'
	},
	number_too_small: {
		vi: 'Số nhỏ nhất được nhập là {min}.',
		en: 'The smallest number allowed is {min}.'
	},
	number_too_large: {
		vi: 'Số lớn nhất được nhập là {max}.',
		en: 'The largest number allowed is {max}.'
	},
	date_invalid_format: {
		vi: 'Ngày phải viết theo dạng ngày/tháng/năm, ví dụ 05/02/2026.',
		en: 'Write the date as day/month/year, for example 05/02/2026.'
	},
	date_impossible: {
		vi: 'Ngày này không có trên lịch (ví dụ 31/02). Hãy kiểm tra lại ngày và tháng.',
		en: 'This date does not exist on the calendar (for example 31/02). Check the day and the month.'
	},
	date_year_implausible: {
		vi: 'Năm {year} có vẻ chưa đúng. Hãy nhập năm đủ 4 chữ số, ví dụ 1985.',
		en: 'The year {year} looks wrong. Enter the year with 4 digits, for example 1985.'
	},
	date_in_future: {
		vi: 'Ngày này chưa đến. Hãy nhập ngày hôm nay hoặc một ngày trước đó.',
		en: 'This date has not come yet. Enter today or an earlier date.'
	},
	date_before_min: {
		vi: 'Ngày phải từ {min} trở về sau. Hãy kiểm tra lại ngày đã nhập.',
		en: 'The date must be {min} or later. Check the date entered.'
	},
	date_after_max: {
		vi: 'Ngày phải từ {max} trở về trước. Hãy kiểm tra lại ngày đã nhập.',
		en: 'The date must be {max} or earlier. Check the date entered.'
	},
	date_older_than_limit: {
		vi: 'Ngày này đã cách đây {days} ngày, quá thời hạn {limit} ngày. Vẫn nộp được hồ sơ, nhưng cán bộ có thể hỏi thêm lý do.',
		en: 'This date was {days} days ago, past the {limit}-day limit. The application can still be filed, but the officer may ask why.'
	},
	birth_registration_late: {
		vi: 'Trẻ đã sinh được {days} ngày, quá thời hạn {limit} ngày để đăng ký khai sinh. Vẫn đăng ký được, nhưng là đăng ký quá hạn và có thể phải nộp lệ phí.',
		en: 'The child was born {days} days ago, past the {limit}-day limit for birth registration. Registration is still possible, but it counts as late and a fee may be charged.'
	},
	death_registration_late: {
		vi: 'Đã {days} ngày kể từ ngày mất, quá thời hạn {limit} ngày để đăng ký khai tử. Vẫn đăng ký được, nhưng có thể phải nộp lệ phí.',
		en: 'It has been {days} days since the death, past the {limit}-day limit for death registration. Registration is still possible, but a fee may be charged.'
	},
	age_below_minimum: {
		vi: 'Người này chưa đủ {min} tuổi nên chưa đủ điều kiện làm thủ tục này. Hãy kiểm tra lại ngày sinh.',
		en: 'This person is under {min} and does not meet the conditions for this procedure. Check the date of birth.'
	},
	personal_id_not_digits: {
		vi: 'Số căn cước chỉ gồm chữ số. Hãy bỏ chữ cái và ký hiệu.',
		en: 'An ID number contains digits only. Remove letters and symbols.'
	},
	personal_id_length: {
		vi: 'Số căn cước phải có đúng 12 chữ số. Số vừa nhập có {length} chữ số.',
		en: 'The ID number must have exactly 12 digits. The number entered has {length}.'
	},
	personal_id_province: {
		vi: 'Ba số đầu {code} không phải mã tỉnh nơi đăng ký khai sinh. Hãy đối chiếu lại với thẻ căn cước.',
		en: 'The first three digits, {code}, are not a province code of birth registration. Check the number against the ID card.'
	},
	personal_id_century_digit: {
		vi: 'Chữ số thứ tư ({digit}) không hợp lệ: chữ số này chỉ từ 0 đến 5. Hãy đối chiếu lại với thẻ căn cước.',
		en: 'The fourth digit ({digit}) is not valid: it can only be 0 to 5. Check the number against the ID card.'
	},
	personal_id_birth_year_future: {
		vi: 'Số căn cước cho biết năm sinh {idYear}, là năm chưa đến. Hãy đối chiếu lại chữ số thứ tư, năm và sáu với thẻ căn cước.',
		en: 'The ID number gives {idYear} as the year of birth, a year still to come. Check the fourth, fifth and sixth digits against the ID card.'
	},
	personal_id_birth_year_mismatch: {
		vi: 'Số căn cước cho biết năm sinh {idYear}, nhưng ngày sinh đã nhập là năm {year}. Hãy kiểm tra lại số căn cước hoặc ngày sinh.',
		en: 'The ID number gives {idYear} as the year of birth, but the date of birth entered is in {year}. Check the ID number or the date of birth.'
	},
	personal_id_century_mismatch: {
		vi: 'Chữ số thứ tư của số căn cước cho biết năm sinh {idYear}, không khớp với năm sinh {year}. Hãy kiểm tra lại chữ số thứ tư hoặc ngày sinh.',
		en: 'The fourth digit of the ID number points to {idYear} as the year of birth, which does not match {year}. Check the fourth digit or the date of birth.'
	},
	personal_id_sex_mismatch: {
		vi: 'Chữ số thứ tư của số căn cước không khớp với giới tính đã chọn. Hãy kiểm tra lại số căn cước hoặc giới tính.',
		en: 'The fourth digit of the ID number does not match the sex selected. Check the ID number or the sex.'
	},
	old_id_card_format: {
		vi: 'Số chứng minh nhân dân phải có 9 hoặc 12 chữ số.',
		en: 'An old ID card (CMND) number has 9 or 12 digits.'
	},
	phone_format: {
		vi: 'Số điện thoại di động phải có 10 chữ số và bắt đầu bằng số 0, ví dụ 0912 345 678.',
		en: 'A mobile number has 10 digits and starts with 0, for example 0912 345 678.'
	},
	phone_retired_prefix: {
		vi: 'Đầu số {old} là đầu số 11 chữ số cũ, đã đổi thành {prefix} từ năm 2018. Số mới là {suggestion}; hãy nhập số mới.',
		en: 'The prefix {old} belongs to an old 11-digit number, changed to {prefix} in 2018. The new number is {suggestion}; enter the new number.'
	},
	phone_unknown_prefix: {
		vi: 'Số bắt đầu bằng {prefix} ít gặp ở số di động Việt Nam. Hãy kiểm tra lại ba số đầu; nếu đúng thì cứ tiếp tục.',
		en: 'Few Vietnamese mobile numbers start with {prefix}. Check the first three digits; if they are right, carry on.'
	},
	email_format: {
		vi: 'Địa chỉ thư điện tử chưa đúng. Hãy nhập theo dạng ten@vidu.vn.',
		en: 'This email address is not valid. Enter it in the form name@example.com.'
	},
	address_province_missing: {
		vi: 'Chưa chọn tỉnh, thành phố. Hãy chọn trong danh sách.',
		en: 'No province or city chosen. Choose one from the list.'
	},
	address_province_unknown: {
		vi: 'Không tìm thấy tỉnh, thành phố đã chọn. Hãy chọn lại trong danh sách.',
		en: 'The province or city chosen was not found. Choose it again from the list.'
	},
	address_commune_missing: {
		vi: 'Chưa có xã, phường, đặc khu. Hãy chọn trong danh sách hoặc gõ tên.',
		en: 'No commune or ward yet. Choose it from the list or type its name.'
	},
	address_commune_unknown: {
		vi: 'Xã, phường đã chọn không thuộc tỉnh, thành phố này. Hãy chọn lại.',
		en: 'The commune or ward chosen is not in this province or city. Choose it again.'
	},
	address_street_missing: {
		vi: 'Chưa nhập số nhà, tên đường hoặc thôn, ấp, tổ dân phố. Hãy nhập phần địa chỉ này.',
		en: 'Enter the house number and street, or the village or residential group.'
	},
	document_required: {
		vi: 'Chưa đính kèm giấy tờ này. Hãy chụp ảnh hoặc chọn tệp để đính kèm.',
		en: 'This document is not attached yet. Take a photo or choose a file to attach it.'
	},
	document_too_many: {
		vi: 'Chỉ được đính kèm tối đa {max} tệp cho giấy tờ này. Hãy xóa bớt tệp.',
		en: 'Attach no more than {max} files for this document. Remove some files.'
	},
	document_type_not_accepted: {
		vi: 'Loại tệp này không được nhận. Hãy dùng ảnh hoặc tệp dạng {types}.',
		en: 'This file type is not accepted. Use a photo or a file in {types} format.'
	},
	document_too_large: {
		vi: 'Tệp quá lớn: mỗi tệp tối đa {maxMb} MB. Hãy chụp lại ảnh hoặc chọn tệp nhỏ hơn.',
		en: 'The file is too large: each file may be at most {maxMb} MB. Take the photo again or choose a smaller file.'
	}
} as const satisfies Record<string, LocalizedText>;

export type IssueCode = keyof typeof issueMessages;

// Object.keys loses the key type; the record above is the single source of the codes.
export const issueCodes = Object.keys(issueMessages) as [IssueCode, ...IssueCode[]];

export function isIssueCode(value: unknown): value is IssueCode {
	return typeof value === 'string' && Object.hasOwn(issueMessages, value);
}

/** The sentence for an issue; an unknown placeholder is left visible rather than dropped. */
export function formatIssue(issue: Issue, locale: Locale): string {
	const template: string = issueMessages[issue.code][locale];
	const params = issue.params;
	if (!params) return template;
	// A param in both languages (a field's label) is given as `name.vi` and `name.en`.
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const inLocale = `${name}.${locale}`;
		if (Object.hasOwn(params, inLocale)) return String(params[inLocale]);
		return Object.hasOwn(params, name) ? String(params[name]) : whole;
	});
}

/** Placeholder names in a template, sorted, for the vi/en consistency test. */
export function placeholdersOf(template: string): string[] {
	return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}
