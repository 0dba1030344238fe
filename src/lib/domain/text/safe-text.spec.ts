import { describe, expect, it } from 'vitest';
import {
	boundedToken,
	characterCount,
	checkSafeText,
	cleanText,
	hasInvalidTextIssue,
	isSafeText,
	replaceUnsafe,
	safeFileName,
	safeText
} from './safe-text';

const oneLine = safeText({ max: 20 });
const multiline = safeText({ max: 20, multiline: true });

function refusal(schema: typeof oneLine, value: string) {
	const result = schema.safeParse(value);
	if (result.success) return 'accepted';
	return hasInvalidTextIssue(result.error.issues) ? 'invalid_text' : 'other';
}

describe('safeText refuses what cannot be cleaned safely', () => {
	it.each([
		['NUL', 'Nguyễn\u0000Lan'],
		['a lone high surrogate', 'Lan\ud800'],
		['a lone low surrogate', '\udc00Lan'],
		['a surrogate pair reversed', 'a\udc00\ud800b'],
		['another C0 control', 'Lan\u0001'],
		['escape', '\u001b[31mLan'],
		['DEL', 'Lan\u007f'],
		['C1 next line', 'Lan\u0085Hà'],
		['C1 control', 'Lan\u009b'],
		['right-to-left override', 'Lan\u202Egpj.exe'],
		['left-to-right embedding', '\u202ALan'],
		['first strong isolate', 'Lan\u2068'],
		['pop directional isolate', 'Lan\u2069'],
		['noncharacter U+FFFE', 'Lan\uFFFE'],
		['noncharacter U+FFFF', 'Lan\uFFFF']
	])('%s', (_, value) => {
		expect(refusal(oneLine, value)).toBe('invalid_text');
		expect(refusal(multiline, value)).toBe('invalid_text');
		expect(checkSafeText(value, { max: 100 })).toEqual({ ok: false, reason: 'invalid_text' });
	});

	it('allows tab and newline only where the field is multi-line', () => {
		for (const value of ['Số 5\tngõ 3', 'Dòng một\nDòng hai']) {
			expect(refusal(oneLine, value)).toBe('invalid_text');
			expect(refusal(multiline, value)).toBe('accepted');
		}
		expect(refusal(oneLine, 'a\u2028b')).toBe('invalid_text');
	});

	it('accepts Vietnamese, emoji (a valid surrogate pair) and ordinary punctuation', () => {
		for (const value of ['Nguyễn Thị Lan', 'Ơn giời 😀', "H'Hen Niê", 'Số 12/3, Tổ 4 – Hà Nội']) {
			expect(safeText({ max: 100 }).parse(value)).toBe(value);
			expect(isSafeText(value)).toBe(true);
		}
	});
});

describe('safeText cleans what is safe to clean', () => {
	it('removes zero-width characters, the BOM and the soft hyphen', () => {
		expect(oneLine.parse('Ng\u200Buyễn\u200C \u200DLan\u2060\uFEFF')).toBe('Nguyễn Lan');
		expect(oneLine.parse('\uFEFFHà\u00ADNội')).toBe('HàNội');
	});

	it('turns NBSP and other space separators into a plain space', () => {
		expect(oneLine.parse('Hà\u00A0Nội\u2003Việt\u3000Nam\u202Fx')).toBe('Hà Nội Việt Nam x');
	});

	it('turns CRLF and CR into LF in multi-line text', () => {
		expect(multiline.parse('Một\r\nHai\rBa')).toBe('Một\nHai\nBa');
	});

	it('composes NFD input into NFC', () => {
		const nfd = 'Nguye\u0302\u0303n'; // "Nguyễn" decomposed, as macOS types it
		const value = oneLine.parse(nfd);
		expect(value).toBe('Nguyễn');
		expect(value).toBe(value.normalize('NFC'));
	});

	it('trims, unless told not to', () => {
		expect(oneLine.parse('  Lan  ')).toBe('Lan');
		expect(cleanText('  Lan  ', { trim: false })).toBe('  Lan  ');
	});
});

describe('length limits', () => {
	it('count the cleaned value, in characters', () => {
		const five = safeText({ max: 5 });
		// Decomposed, "Nguyễn" is 8 code units; zero-width spaces do not count either.
		expect(five.safeParse('Nguye\u0302\u0303n').success).toBe(false);
		expect(five.safeParse('Ngu\u200B\u200B\u200Byễ').success).toBe(true);
		expect(five.safeParse('😀😀😀😀😀').success).toBe(true);
		expect(five.safeParse('😀😀😀😀😀😀').success).toBe(false);
		expect(characterCount('😀ễ')).toBe(2);
	});

	it('refuse a huge value before cleaning it', () => {
		const result = oneLine.safeParse('x'.repeat(1_000_000));
		expect(result.success).toBe(false);
		expect(result.error?.issues).toHaveLength(1);
		expect(result.error?.issues[0]?.code).toBe('too_big');
	});

	it('apply a minimum after trimming', () => {
		const named = safeText({ min: 1, max: 10 });
		expect(named.safeParse('   ').success).toBe(false);
		expect(named.safeParse('\u200B').success).toBe(false);
		expect(checkSafeText(' \u00A0 ', { min: 1, max: 10 })).toEqual({
			ok: false,
			reason: 'too_short'
		});
		expect(checkSafeText('abcdefghijk', { max: 10 })).toEqual({ ok: false, reason: 'too_long' });
	});

	it('bounded tokens keep their pattern and a length bound', () => {
		const token = boundedToken(/^[a-z]+$/, 8);
		expect(token.safeParse('abc').success).toBe(true);
		expect(token.safeParse('ab\u0000c').success).toBe(false);
		expect(token.safeParse('a'.repeat(9)).success).toBe(false);
	});
});

describe('values kept rather than refused', () => {
	it('replaceUnsafe marks each unsafe character', () => {
		expect(replaceUnsafe('dossier.submit\u0000')).toBe('dossier.submit\uFFFD');
		expect(replaceUnsafe('a\ud800b\u202E', {}, '_')).toBe('a_b_');
		expect(replaceUnsafe('a\tb\nc', { multiline: true })).toBe('a\tb\nc');
	});

	it('safeFileName cleans, replaces and shortens a picked file name', () => {
		expect(safeFileName('giấy\u200B tờ\u0000.jpg', 'anh.jpg')).toBe('giấy tờ_.jpg');
		expect(safeFileName('\u200B', 'tai-lieu.pdf')).toBe('tai-lieu.pdf');
		const long = safeFileName(`${'a'.repeat(300)}.pdf`, 'x.pdf');
		expect(characterCount(long)).toBe(255);
		expect(long.endsWith('a.pdf')).toBe(true);
		expect(safeText({ max: 255 }).safeParse(long).success).toBe(true);
	});
});
