import { describe, expect, it } from 'vitest';
import { formatIssue, issueCodes, issueMessages, placeholdersOf } from './messages';

describe('issueMessages', () => {
	it.each(issueCodes)('%s has non-empty texts with the same placeholders', (code) => {
		const { vi, en } = issueMessages[code];
		expect(vi.trim()).not.toBe('');
		expect(en.trim()).not.toBe('');
		expect(placeholdersOf(vi)).toEqual(placeholdersOf(en));
	});

	it('writes Vietnamese with its diacritics, in NFC', () => {
		for (const code of issueCodes) {
			const { vi } = issueMessages[code];
			expect(vi).toBe(vi.normalize('NFC'));
			expect([...vi].some((char) => char.charCodeAt(0) > 127)).toBe(true);
		}
	});

	it('ends every sentence with a full stop', () => {
		for (const code of issueCodes) {
			expect(issueMessages[code].vi).toMatch(/\.$/);
			expect(issueMessages[code].en).toMatch(/\.$/);
		}
	});
});

describe('formatIssue', () => {
	it('fills placeholders in the chosen language', () => {
		const issue = {
			code: 'personal_id_length',
			severity: 'error',
			params: { length: 11 }
		} as const;
		expect(formatIssue(issue, 'vi')).toBe(
			'Số căn cước phải có đúng 12 chữ số. Số vừa nhập có 11 chữ số.'
		);
		expect(formatIssue(issue, 'en')).toContain('has 11');
	});

	it('does not group digits of years', () => {
		const issue = {
			code: 'personal_id_birth_year_mismatch',
			severity: 'error',
			params: { idYear: 1985, year: 1986 }
		} as const;
		expect(formatIssue(issue, 'vi')).toContain('năm sinh 1985');
	});

	it('leaves a missing placeholder visible', () => {
		expect(formatIssue({ code: 'text_too_long', severity: 'error' }, 'en')).toContain('{max}');
	});
});
