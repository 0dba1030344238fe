import { todayInVietnam, yearOf, type IsoDate } from './dates';
import { errorIssue, type Issue } from './issue';
import { personalIdProvinces } from './personal-id-provinces';

export type Sex = 'male' | 'female';

export type DecodedPersonalId = { provinceCode: string; sex: Sex; birthYear: number };

export type PersonalIdContext = {
	dateOfBirth?: IsoDate;
	sex?: Sex;
	/** The date in Vietnam the check is made on; the machine's clock when not given. */
	today?: IsoDate;
};

const provinceCodes: ReadonlySet<string> = new Set(personalIdProvinces.map((p) => p.code));

/**
 * People type and copy IDs in groups of three or four, separated by spaces, dashes or dots
 * ("079 190 000 456", "079-190-000-456"); the separators carry no meaning.
 */
export function normalizePersonalId(value: string): string {
	return value.replace(/[\s.\p{Pd}]+/gu, '');
}

// Digit 4: the century of birth and the sex; 0/1 for the 1900s, 2/3 for the 2000s, 4/5 for the
// 2100s, even digits male, odd digits female.
function decodeCenturyDigit(digit: number): { century: number; sex: Sex } | null {
	if (!Number.isInteger(digit) || digit < 0 || digit > 5) return null;
	return { century: 1900 + Math.floor(digit / 2) * 100, sex: digit % 2 === 0 ? 'male' : 'female' };
}

/** What the number itself says, or null when it is not a well-formed ID number. */
export function decodePersonalId(value: string): DecodedPersonalId | null {
	const digits = normalizePersonalId(value);
	if (!/^\d{12}$/.test(digits)) return null;
	const provinceCode = digits.slice(0, 3);
	if (!provinceCodes.has(provinceCode)) return null;
	const decoded = decodeCenturyDigit(Number(digits[3]));
	if (!decoded) return null;
	return {
		provinceCode,
		sex: decoded.sex,
		birthYear: decoded.century + Number(digits.slice(4, 6))
	};
}

/**
 * Checks a personal ID number (số định danh cá nhân) and, when a date of birth or sex is known,
 * that the number agrees with them. Format problems stop the check: one clear message at a time.
 */
export function validatePersonalId(value: string, context: PersonalIdContext = {}): Issue[] {
	const digits = normalizePersonalId(value);
	if (!/^\d+$/.test(digits)) return [errorIssue('personal_id_not_digits')];
	if (digits.length !== 12) return [errorIssue('personal_id_length', { length: digits.length })];
	const provinceCode = digits.slice(0, 3);
	if (!provinceCodes.has(provinceCode))
		return [errorIssue('personal_id_province', { code: provinceCode })];
	const centuryDigit = Number(digits[3]);
	const decoded = decodeCenturyDigit(centuryDigit);
	if (!decoded) return [errorIssue('personal_id_century_digit', { digit: centuryDigit })];

	const idYear = decoded.century + Number(digits.slice(4, 6));
	// Nobody is born after today: a 4 or 5 (the 2100s) or a 2 with a year still to come is a typo.
	const thisYear = yearOf(context.today ?? todayInVietnam(new Date()));
	if (idYear > thisYear) return [errorIssue('personal_id_birth_year_future', { idYear })];

	const issues: Issue[] = [];
	if (context.dateOfBirth) {
		const year = yearOf(context.dateOfBirth);
		if (year % 100 !== idYear % 100) {
			issues.push(errorIssue('personal_id_birth_year_mismatch', { idYear, year }));
		} else if (year !== idYear) {
			issues.push(errorIssue('personal_id_century_mismatch', { idYear, year }));
		}
	}
	if (context.sex && context.sex !== decoded.sex)
		issues.push(errorIssue('personal_id_sex_mismatch'));
	return issues;
}
