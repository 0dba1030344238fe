import { describe, expect, it } from 'vitest';
import type { MessageKey } from '$lib/i18n/translate';
import { FormProblems } from './form-problems.svelte';

type Field = 'name' | 'date' | 'phone';

function form(order?: readonly Field[]) {
	const focused: string[] = [];
	const problems = new FormProblems<Field>({
		idOf: (field) => `f-${field}`,
		summaryId: 'f-problem',
		focus: (id) => focused.push(id),
		...(order ? { order } : {})
	});
	return { problems, focused };
}

describe('FormProblems', () => {
	it('starts with no problem and describes a control by its hint only', () => {
		const { problems } = form();
		expect(problems.any).toBe(false);
		expect(problems.first()).toBeUndefined();
		expect(problems.describedBy('name', 'f-name-hint')).toBe('f-name-hint');
		expect(problems.describedBy('name')).toBeUndefined();
	});

	it('names the message of a wrong field after its control and describes the control with it', () => {
		const { problems } = form();
		problems.set('date', 'officer.apology.dateFormat');
		expect(problems.has('date')).toBe(true);
		expect(problems.of('date')).toBe('officer.apology.dateFormat');
		expect(problems.errorId('date')).toBe('f-date-error');
		expect(problems.describedBy('date', 'f-date-hint')).toBe('f-date-hint f-date-error');
		expect(problems.describedBy('date')).toBe('f-date-error');
		expect(problems.has('name')).toBe(false);
	});

	it('set(field, null) clears one field; clear() forgets fields and the form message', () => {
		const { problems } = form();
		problems.replace({ name: 'lookup.codeRequired', phone: 'lookup.phoneInvalid' });
		problems.fail('error.network');
		problems.set('name', null);
		expect(problems.has('name')).toBe(false);
		expect(problems.has('phone')).toBe(true);
		expect(problems.any).toBe(true);
		problems.clear();
		expect(problems.any).toBe(false);
		expect(problems.summary).toBeNull();
		expect(problems.fields).toEqual({});
	});

	it('replace() keeps only the fields that have a message', () => {
		const { problems } = form();
		problems.replace({ name: undefined, date: 'officer.apology.dateFuture' });
		expect(Object.keys(problems.fields)).toEqual(['date']);
	});

	it('first() follows the form order when given, else the order the problems were set', () => {
		const unordered = form();
		unordered.problems.set('phone', 'lookup.phoneInvalid');
		unordered.problems.set('name', 'lookup.codeRequired');
		expect(unordered.problems.first()).toBe('phone');
		const ordered = form(['name', 'date', 'phone']);
		ordered.problems.set('phone', 'lookup.phoneInvalid');
		ordered.problems.set('name', 'lookup.codeRequired');
		expect(ordered.problems.first()).toBe('name');
	});

	it('focuses the first wrong field, and says when there was none', async () => {
		const { problems, focused } = form(['name', 'date', 'phone']);
		expect(await problems.focusFirst()).toBe(false);
		expect(focused).toEqual([]);
		problems.set('date', 'officer.apology.dateFormat');
		problems.set('phone', 'lookup.phoneInvalid');
		expect(await problems.focusFirst()).toBe(true);
		expect(focused).toEqual(['f-date']);
	});

	it('focuses the form message by its id, and a field on demand', async () => {
		const { problems, focused } = form();
		problems.fail('error.server');
		await problems.focusSummary();
		await problems.focusField('phone');
		expect(focused).toEqual(['f-problem', 'f-phone']);
	});

	it('takes a custom message id and plain-string messages', () => {
		const problems = new FormProblems<'note', string, MessageKey>({
			idOf: () => 'act-reject-note',
			errorIdOf: () => 'act-reject-error'
		});
		problems.set('note', 'Nhập lý do');
		problems.fail('error.server');
		expect(problems.describedBy('note')).toBe('act-reject-error');
		expect(problems.of('note')).toBe('Nhập lý do');
		expect(problems.summary).toBe('error.server');
	});
});
