import { describe, expect, it } from 'vitest';
import type { Field } from '$lib/domain/procedures/field.schema';
import { formatAnswer } from './format-answer';

const text = { vi: 'x', en: 'x' };
const base = { id: 'f', label: text, help: text, coaching: text, required: true };

describe('formatAnswer', () => {
	it('shows a stored date as dd/mm/yyyy, as the citizen typed it', () => {
		const field = { ...base, kind: 'date' } as Field;
		expect(formatAnswer(field, '1995-03-14', 'vi')).toEqual(['14/03/1995']);
		expect(formatAnswer(field, '14/03/1995', 'en')).toEqual(['14/03/1995']);
		expect(formatAnswer(field, '', 'vi')).toEqual([]);
	});

	it("shows a person's date of birth as dd/mm/yyyy", () => {
		const field = { ...base, kind: 'person' } as Field;
		const lines = formatAnswer(
			field,
			{ fullName: 'Nguyễn Văn An', dateOfBirth: '1995-03-14', sex: 'male' },
			'vi'
		);
		expect(lines[0]).toBe('Nguyễn Văn An');
		expect(lines[1]).toMatch(/^14\/03\/1995 · /);
		expect(lines.join(' ')).not.toContain('1995-03-14');
	});
});
