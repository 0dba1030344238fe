import { printedDate, type SamplePaper } from './practice-case';

type Holder = { fullName: string; dateOfBirth: string; sex?: string; personalId: string };

/** The holder's căn cước, to read the number and date of birth from; not attached anywhere. */
export function idCard(holder: Holder): SamplePaper {
	return {
		id: `can-cuoc-${holder.personalId}`,
		title: { vi: 'Thẻ căn cước', en: 'Identity card' },
		fileName: `can-cuoc-mau-${holder.personalId.slice(-4)}`,
		lines: [
			{ label: { vi: 'Số định danh cá nhân', en: 'Personal ID number' }, value: holder.personalId },
			{ label: { vi: 'Họ, chữ đệm và tên', en: 'Full name' }, value: holder.fullName },
			{ label: { vi: 'Ngày sinh', en: 'Date of birth' }, value: printedDate(holder.dateOfBirth) },
			...(holder.sex
				? [{ label: { vi: 'Giới tính', en: 'Sex' }, value: holder.sex === 'female' ? 'Nữ' : 'Nam' }]
				: [])
		]
	};
}
