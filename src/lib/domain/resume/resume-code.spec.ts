import { describe, expect, it } from 'vitest';
import {
	formatResumeCode,
	generateResumeCode,
	normalizeResumeCode,
	resumeCodeAlphabet,
	resumeCodeEntropyBits,
	resumeCodeLength
} from './resume-code';

describe('resume code', () => {
	it('has at least the 40 bits DESIGN.md asks for', () => {
		expect(resumeCodeAlphabet).toHaveLength(32);
		expect(resumeCodeEntropyBits).toBe(resumeCodeLength * Math.log2(resumeCodeAlphabet.length));
		expect(resumeCodeEntropyBits).toBeGreaterThanOrEqual(40);
		expect(resumeCodeAlphabet).not.toMatch(/[ILOU]/);
	});

	it('reads the random bits five at a time, most significant first', () => {
		expect(generateResumeCode((b) => b.fill(0))).toBe('0000000000');
		expect(generateResumeCode((b) => b.fill(0xff))).toBe('ZZZZZZZZZZ');
		// 0x08 0x86 0x42 0x98 0xe8 0x48 0x00 is 00001 00010 00011 00100 00101 00110 00111 01000 …
		const bytes = Uint8Array.of(0x08, 0x86, 0x42, 0x98, 0xe8, 0x48, 0x00);
		expect(generateResumeCode(() => bytes)).toBe('1234567890');
	});

	it('formats in two groups of five', () => {
		expect(formatResumeCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
	});

	it('normalises what people type', () => {
		expect(normalizeResumeCode('ABCDE-FGHJK')).toBe('ABCDEFGHJK');
		expect(normalizeResumeCode('abcde fghjk')).toBe('ABCDEFGHJK');
		expect(normalizeResumeCode('  a.b.c.d.e  f g h j k ')).toBe('ABCDEFGHJK');
		expect(normalizeResumeCode('ＡＢＣＤＥ－ＦＧＨＪＫ')).toBe('ABCDEFGHJK');
		expect(normalizeResumeCode('O1OIL-oilo0')).toBe('0101101100');
	});

	it('rejects what cannot be a code', () => {
		expect(normalizeResumeCode('')).toBeNull();
		expect(normalizeResumeCode('ABCDE-FGHJ')).toBeNull();
		expect(normalizeResumeCode('ABCDE-FGHJKM')).toBeNull();
		expect(normalizeResumeCode('ABCDE-FGHJU')).toBeNull();
		expect(normalizeResumeCode('ABCDE_FGHJK')).toBeNull();
		expect(normalizeResumeCode('ĐBCDE-FGHJK')).toBeNull();
	});

	it('draws distinct, valid codes that use the whole alphabet', () => {
		const codes = Array.from({ length: 1000 }, () => generateResumeCode());
		expect(new Set(codes).size).toBe(codes.length);
		for (const code of codes) {
			expect(code).toHaveLength(resumeCodeLength);
			expect(normalizeResumeCode(formatResumeCode(code))).toBe(code);
		}
		const counts = new Map<string, number>();
		for (const c of codes.join('')) counts.set(c, (counts.get(c) ?? 0) + 1);
		expect([...counts.keys()].sort().join('')).toBe(resumeCodeAlphabet);
		// 10,000 characters over 32 symbols: about 312 each; these bounds are ~8 standard deviations.
		for (const count of counts.values()) {
			expect(count).toBeGreaterThan(170);
			expect(count).toBeLessThan(460);
		}
	});
});
