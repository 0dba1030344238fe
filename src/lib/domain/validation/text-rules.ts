import { errorIssue, warningIssue, type Issue } from './issue';

export type TextRules = { minLength?: number; maxLength?: number; pattern?: string };

/** Length counts characters as people see them (NFC), so a typed 'ế' counts once. */
export function textLength(value: string): number {
	return [...value.normalize('NFC')].length;
}

export function checkText(value: string, rules: TextRules): Issue[] {
	const length = textLength(value);
	if (rules.minLength !== undefined && length < rules.minLength) {
		return [errorIssue('text_too_short', { min: rules.minLength })];
	}
	if (rules.maxLength !== undefined && length > rules.maxLength) {
		return [errorIssue('text_too_long', { max: rules.maxLength })];
	}
	// Patterns are data from procedure definitions; anchored so they describe the whole value.
	if (rules.pattern !== undefined && !new RegExp(`^(?:${rules.pattern})$`, 'u').test(value)) {
		return [errorIssue('text_pattern_mismatch')];
	}
	return [];
}

// Letters with their tone marks, spaces, and the apostrophe and hyphen found in some ethnic
// minority names (e.g. "H'Hen Niê").
const PERSON_NAME = /^[\p{L}\p{M}]+(?:[ '’-][\p{L}\p{M}]+)*$/u;

/** Trims and collapses inner spaces; names are stored as typed otherwise (no case change). */
export function normalizePersonName(value: string): string {
	return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * Words of Vietnamese names that are always written with a mark, as they look typed without
 * one: the frequent family names (Nguyễn, Trần, Lê, Phạm…), the middle names Văn and Thị and
 * frequent middle and given names. A name with none of them may well be right without marks
 * (Y Moan Ksor, Mai Lan, John Smith), so it is left alone.
 */
const ALWAYS_MARKED_NAME_WORDS: ReadonlySet<string> = new Set(
	[
		'nguyen tran le pham hoang huynh vu vo dang bui do ho ngo duong ly dinh doan trinh trieu',
		'luong truong dao quach thai',
		'van thi duc huu quoc ngoc xuan cong trong tien dieu',
		'tuan hung huong thuy thao phuong dat hieu hai yen diep thuong cuong khanh thang nhat',
		'viet loc phuc quy'
	]
		.join(' ')
		.split(' ')
);

// Typed on a keyboard without a Vietnamese input method: plain Latin letters only.
const UNMARKED = /^[A-Za-z '’-]+$/;

/** True when a name looks Vietnamese but was typed without its diacritics ("Nguyen Van An"). */
export function lacksDiacritics(name: string): boolean {
	if (!UNMARKED.test(name)) return false;
	return name
		.toLowerCase()
		.split(/[ '’-]+/)
		.some((word) => ALWAYS_MARKED_NAME_WORDS.has(word));
}

export function validatePersonName(value: string): Issue[] {
	const name = normalizePersonName(value);
	if (!PERSON_NAME.test(name)) return [errorIssue('name_invalid_characters')];
	const issues = checkText(name, { maxLength: 100 });
	// A warning, never a block: the officer copies the name onto civil-status papers as typed.
	if (issues.length === 0 && lacksDiacritics(name))
		issues.push(warningIssue('name_without_diacritics'));
	return issues;
}
