import fc from 'fast-check';

/**
 * Hostile values (issue 14): what a broken scanner, a paste from Word or an attacker sends.
 * Each carries a short label, so that a failure report names the input without dumping it.
 */
export type Labelled<T> = { label: string; value: T };

const oneMegabyte = 1 << 20;

const labelled = <T>(label: string, value: T): Labelled<T> => ({ label, value });

export const hostileStrings: readonly Labelled<string>[] = [
	labelled('NUL', '\u0000'),
	labelled('NUL inside text', 'Nguyễn\u0000Văn A'),
	labelled('lone high surrogate', '\ud800'),
	labelled('lone low surrogate', 'a\udc00b'),
	labelled('C0 controls', '\u0001\u0002\u0007\u0008\u000b\u000c\u001b\u001f'),
	labelled('C1 controls', '\u0080\u0085\u009b\u009f'),
	labelled('DEL', 'a\u007fb'),
	labelled('zero-width and BOM', '\u200bNguyễn\u200c\u200d\ufeffVăn'),
	labelled('bidi override', '\u202eA nėyugN\u202c'),
	labelled('line and paragraph separators', 'a\u2028b\u2029c'),
	labelled('non-NFC (combining marks)', 'Nguye\u0302\u0303n'),
	labelled('many combining marks', `a${'\u0301'.repeat(5_000)}`),
	labelled('empty', ''),
	labelled('blanks only', ' \t\n\r '),
	labelled('CRLF header injection', 'x\r\nSet-Cookie: a=b'),
	labelled('SQL quote', "'; drop table users; --"),
	labelled('LIKE wildcards', '%_%\\'),
	labelled('path traversal', '../../../../etc/passwd'),
	labelled('percent-encoded NUL', '%00'),
	labelled('HTML', '<script>alert(1)</script><img src=x onerror=alert(1)>'),
	labelled('emoji (astral)', '👩‍👩‍👧‍👦🇻🇳𝕏'),
	labelled('noncharacters', '\ufffe\uffff\u{10ffff}'),
	labelled('prototype keys', '__proto__'),
	labelled('64 KiB text', 'ă'.repeat(1 << 16)),
	labelled('1 MB of ASCII', 'x'.repeat(oneMegabyte)),
	labelled('1 MB with NULs', 'a\u0000'.repeat(oneMegabyte / 2))
];

export const hostileNumbers: readonly Labelled<number>[] = [
	labelled('NaN', Number.NaN),
	labelled('Infinity', Number.POSITIVE_INFINITY),
	labelled('-Infinity', Number.NEGATIVE_INFINITY),
	labelled('-0', -0),
	labelled('-1', -1),
	labelled('0', 0),
	labelled('0.5', 0.5),
	labelled('2^31', 2 ** 31),
	labelled('2^53 + 2', 2 ** 53 + 2),
	labelled('-2^63', -(2 ** 63)),
	labelled('1e308', 1e308),
	labelled('MIN_VALUE', Number.MIN_VALUE)
];

/** Values of the wrong type for any field: superjson carries dates, bigints, maps and sets. */
export const wrongTypes: readonly Labelled<unknown>[] = [
	labelled('null', null),
	labelled('undefined', undefined),
	labelled('true', true),
	labelled('number', 42),
	labelled('string', 'x'),
	labelled('empty array', []),
	labelled('empty object', {}),
	labelled('Date', new Date(0)),
	labelled('invalid Date', new Date(Number.NaN)),
	labelled('bigint', 2n ** 70n),
	labelled('Map', new Map([['a', 1]])),
	labelled('Set', new Set([1])),
	labelled('RegExp', /a+/),
	labelled('object with __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}')),
	labelled(
		'array of 10,000 nulls',
		Array.from({ length: 10_000 }, () => null)
	)
];

export const hostileString = fc.constantFrom(...hostileStrings);
/** The small ones: for filling every string of an input at once without building gigabytes. */
export const smallHostileString = fc.constantFrom(
	...hostileStrings.filter((h) => h.value.length <= 10_000)
);
export const hostileNumber = fc.constantFrom(...hostileNumbers);
export const wrongType = fc.constantFrom(...wrongTypes);

/** Nested arrays `levels` deep, as JSON text: built as text, since no serializer would. */
export function deeplyNestedJson(levels: number): string {
	return `${'['.repeat(levels)}${']'.repeat(levels)}`;
}
