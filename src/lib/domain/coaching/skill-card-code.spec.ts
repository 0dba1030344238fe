import { describe, expect, it } from 'vitest';
import {
	formatSkillCardCode,
	newSkillCardCode,
	normalizeSkillCardCode,
	skillCardPattern
} from './skill-card-code';
import { coachingRecordSchema } from './coaching-record';

const fill = (value: number) => (bytes: Uint8Array<ArrayBuffer>) => bytes.fill(value);

describe('skill-card codes', () => {
	it('turns 40 random bits into 8 Crockford characters', () => {
		expect(newSkillCardCode(fill(0))).toBe('00000000');
		expect(newSkillCardCode(fill(255))).toBe('ZZZZZZZZ');
		const code = newSkillCardCode((b) => crypto.getRandomValues(b));
		expect(code).toMatch(skillCardPattern);
	});

	it('makes codes the coaching record accepts', () => {
		const code = newSkillCardCode((b) => crypto.getRandomValues(b));
		const shape = coachingRecordSchema.shape.skillCard;
		expect(shape.safeParse(code).success).toBe(true);
	});

	it('reads a typed code back, forgiving case, dashes and look-alikes', () => {
		expect(normalizeSkillCardCode('ab1o-2ilk ')).toBe('AB10211K');
		expect(normalizeSkillCardCode(formatSkillCardCode('7QX2M9KA'))).toBe('7QX2M9KA');
		expect(normalizeSkillCardCode('ABC')).toBeUndefined();
		expect(normalizeSkillCardCode('ABCDEFGU')).toBeUndefined();
	});
});
