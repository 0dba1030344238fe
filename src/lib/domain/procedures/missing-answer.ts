import { errorIssue, type Issue, type LocalizedText } from '../validation/issue';
import type { Field } from './field.schema';

/**
 * Issue 19: an empty required answer says which one, as GOV.UK's "Enter your full name" does
 * ("Nhập họ, chữ đệm và tên của trẻ"), so the message makes sense on its own in the error summary
 * and read out at the box. The label travels in the issue's params as `what.vi` / `what.en`.
 */

/** Parts of a person block, as the wizard labels their boxes. */
export const personPartNames = {
	fullName: { vi: 'họ, chữ đệm và tên', en: 'full name' },
	dateOfBirth: { vi: 'ngày, tháng, năm sinh', en: 'date of birth' },
	sex: { vi: 'giới tính', en: 'sex' },
	personalId: { vi: 'số định danh cá nhân', en: 'personal ID number' },
	relation: { vi: 'quan hệ', en: 'relationship' }
} as const satisfies Record<string, LocalizedText>;

export type PersonPart = keyof typeof personPartNames;

// "Người yêu cầu" reads "người yêu cầu" inside a sentence; "CCCD" or "Hà Nội" keep their capital.
const inSentence = (text: string): string => {
	const [first = '', second = ''] = [...text];
	return second !== '' &&
		second === second.toLocaleLowerCase('vi') &&
		second !== second.toUpperCase()
		? first.toLocaleLowerCase('vi') + text.slice(first.length)
		: text;
};

const what = (text: LocalizedText): Issue['params'] => ({
	'what.vi': inSentence(text.vi),
	'what.en': inSentence(text.en)
});

const choosing = (kind: Field['kind']) => kind === 'radio' || kind === 'select';

/** The issue for a required field left empty: enter, choose, answer the question, tick, attach. */
export function missingAnswerIssue(field: Field): Issue {
	if (field.kind === 'document') return errorIssue('document_required');
	if (field.kind === 'checkbox') return errorIssue('confirmation_required');
	const label = field.label;
	if (choosing(field.kind)) {
		// A question is quoted as written; a name ("Giới tính") reads inside the sentence.
		if (label.vi.trim().endsWith('?'))
			return errorIssue('required_answer', { 'what.vi': label.vi, 'what.en': label.en });
		return errorIssue('required_choose', what(label));
	}
	return errorIssue('required_enter', what(label));
}

/** The issue for one empty part of a person block: "Nhập họ, chữ đệm và tên của mẹ của trẻ". */
export function missingPersonPartIssue(block: LocalizedText, part: PersonPart): Issue {
	const name = personPartNames[part];
	const text = {
		vi: `${name.vi} của ${inSentence(block.vi)}`,
		en: `${name.en} (${block.en})`
	};
	const code = part === 'sex' || part === 'relation' ? 'required_choose' : 'required_enter';
	return errorIssue(code, { 'what.vi': text.vi, 'what.en': text.en });
}
