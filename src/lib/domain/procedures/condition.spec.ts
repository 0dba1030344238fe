import { describe, expect, it } from 'vitest';
import {
	conditionRefs,
	conditionSchema,
	evaluateCondition,
	parseFieldRef,
	resolveFieldRef,
	type Condition
} from './condition';

const answers = {
	documents: { hasBirthCertificate: 'yes', pages: '3', note: '  ' },
	delivery: { method: 'post', commitment: true },
	deceased: { person: { fullName: 'Trần Văn Hùng', dateOfBirth: '1940-02-10' } }
};

const holds = (condition: Condition, stepId?: string) =>
	evaluateCondition(condition, answers, stepId);

describe('field references', () => {
	it('reads fieldId in the current step, stepId.fieldId anywhere, and parts of blocks', () => {
		expect(parseFieldRef('method', 'delivery')).toEqual({ stepId: 'delivery', fieldId: 'method' });
		expect(parseFieldRef('method')).toBeNull();
		expect(resolveFieldRef('delivery.method', answers)).toBe('post');
		expect(resolveFieldRef('deceased.person.dateOfBirth', answers)).toBe('1940-02-10');
		expect(resolveFieldRef('delivery.method.part', answers)).toBeUndefined();
		expect(resolveFieldRef('nowhere.field', answers)).toBeUndefined();
	});
});

describe('evaluateCondition', () => {
	it('compares values', () => {
		expect(holds({ field: 'delivery.method', equals: 'post' })).toBe(true);
		expect(holds({ field: 'method', equals: 'post' }, 'delivery')).toBe(true);
		expect(holds({ field: 'delivery.method', notEquals: 'post' })).toBe(false);
		expect(holds({ field: 'delivery.method', in: ['desk', 'post'] })).toBe(true);
		expect(holds({ field: 'delivery.method', in: ['desk', 'online'] })).toBe(false);
		expect(holds({ field: 'documents.pages', equals: 3 })).toBe(true);
	});

	it('tests truth and filling', () => {
		expect(holds({ field: 'delivery.commitment', isTrue: true })).toBe(true);
		expect(holds({ field: 'documents.hasBirthCertificate', isTrue: true })).toBe(false);
		expect(holds({ field: 'documents.hasBirthCertificate', isTrue: false })).toBe(true);
		expect(holds({ field: 'documents.note', isFilled: true })).toBe(false);
		expect(holds({ field: 'documents.missing', isFilled: false })).toBe(true);
		expect(holds({ field: 'deceased.person', isFilled: true })).toBe(true);
	});

	it('combines with all, any and not', () => {
		const post = { field: 'delivery.method', equals: 'post' } as const;
		const desk = { field: 'delivery.method', equals: 'desk' } as const;
		expect(holds({ all: [post, { field: 'delivery.commitment', isTrue: true }] })).toBe(true);
		expect(holds({ all: [post, desk] })).toBe(false);
		expect(holds({ any: [post, desk] })).toBe(true);
		expect(holds({ not: desk })).toBe(true);
		expect(holds({ not: { any: [desk, { not: post }] } })).toBe(true);
	});

	it('treats missing steps as unanswered', () => {
		expect(evaluateCondition({ field: 'delivery.method', equals: 'post' }, {})).toBe(false);
		expect(evaluateCondition({ field: 'delivery.method', notEquals: 'post' }, {})).toBe(true);
	});
});

describe('conditionSchema', () => {
	it('accepts nested conditions that survive JSON', () => {
		const condition: Condition = {
			all: [
				{ field: 'a.b', equals: 'x' },
				{
					not: {
						any: [
							{ field: 'c', isFilled: true },
							{ field: 'd.e.f', in: [1, 'two', true] }
						]
					}
				}
			]
		};
		const copy: unknown = JSON.parse(JSON.stringify(condition));
		expect(conditionSchema.parse(copy)).toEqual(condition);
		expect(conditionRefs(condition)).toEqual(['a.b', 'c', 'd.e.f']);
	});

	it.each([
		{ field: 'a', equals: 'x', notEquals: 'y' },
		{ field: 'a' },
		{ field: 'a.b.c.d', equals: 1 },
		{ all: [] },
		{ field: 'a', in: [] },
		{ field: 'a', equals: { x: 1 } }
	])('rejects %j', (input) => {
		expect(conditionSchema.safeParse(input).success).toBe(false);
	});
});
