/**
 * Vietnamese text folding for search and comparison.
 *
 * Text reaches us in both Unicode forms: macOS and some IMEs (Unikey in some
 * modes) produce decomposed NFD, most keyboards composed NFC. Folding goes
 * through NFD so both give the same key.
 */

// Đ/đ are letters of their own in Unicode (no decomposition), so NFD leaves them
// intact; ð/Ð (Icelandic eth) are a frequent look-alike typed or pasted for them.
const D_LIKE = /[đĐðÐ]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Composed form, for storing and displaying what the user typed. */
export const toNfc = (s: string): string => s.normalize('NFC');

/**
 * Search key: lower case, no diacritics (đ → d), punctuation and runs of
 * whitespace turned into one space, trimmed.
 * "Đăng ký  KẾT-HÔN!" → "dang ky ket hon".
 */
export const foldVietnamese = (s: string): string =>
	s
		.toLowerCase()
		.normalize('NFD')
		.replace(COMBINING_MARKS, '')
		.replace(D_LIKE, 'd')
		.replace(NOT_LETTER_OR_DIGIT, ' ')
		.trim();

/** Folded words of a text; an empty array for text with no letters or digits. */
export const foldedWords = (s: string): string[] => {
	const folded = foldVietnamese(s);
	return folded === '' ? [] : folded.split(' ');
};
