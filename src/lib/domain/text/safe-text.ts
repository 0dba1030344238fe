import { z } from 'zod';

/**
 * The one rule for free text that enters the system (issue 14): tRPC inputs, procedure answers,
 * file names, imported lists. What is safe to clean is cleaned — invisible characters a scanner,
 * Word or a web page leaves behind, exotic spaces, decomposed Vietnamese — and what is not is
 * refused: a NUL breaks PostgreSQL's text type, lone surrogates are not Unicode, control and bidi
 * override characters hide or reorder what an officer reads.
 */

/** The app error code (and zod issue `params.appCode`) of a refused text. */
export const INVALID_TEXT = 'invalid_text';

export type TextShape = {
	/** Tab and newline allowed (CRLF and CR become LF); otherwise the text is one line. */
	multiline?: boolean;
	/** Leading and trailing white space removed; on unless turned off. */
	trim?: boolean;
};

export type SafeTextRule = TextShape & {
	/** Largest length in characters (code points) of the cleaned value. */
	max: number;
	min?: number;
};

// Zero-width space, non-joiner and joiner, word joiner, BOM, soft hyphen, and the direction
// marks LRM, RLM and ALM: invisible in Vietnamese text, so removing them changes nothing read.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u061C]/g;
// Space separators (NBSP, en/em spaces, ideographic space…) other than the plain space.
const ODD_SPACES = /(?!\u0020)\p{Zs}/gu;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

// Control characters (C0, DEL, C1), lone surrogates, bidi embeddings, overrides and isolates,
// noncharacters. Tab and LF are taken out of the control range where multi-line text is allowed.
const UNSAFE_ONE_LINE =
	/[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069\p{Noncharacter_Code_Point}]/u;
const UNSAFE_MULTILINE =
	/(?![\t\n])\p{Cc}|[\p{Cs}\u202A-\u202E\u2066-\u2069\p{Noncharacter_Code_Point}]/u;

/**
 * Cleans what is safe to clean: invisible characters removed, odd spaces made plain, line
 * breaks made LF (multi-line text only), NFC, trimmed. Unsafe characters are left for
 * `isSafeText` to find, never silently dropped.
 */
export function cleanText(value: string, shape: TextShape = {}): string {
	let text = value.replace(INVISIBLE, '').replace(ODD_SPACES, ' ');
	if (shape.multiline) text = text.replace(LINE_BREAKS, '\n');
	// A lone surrogate survives normalize() unchanged; it is refused below.
	text = text.normalize('NFC');
	return shape.trim === false ? text : text.trim();
}

/** True when no character of `value` is one the rule refuses (see the module comment). */
export function isSafeText(value: string, shape: TextShape = {}): boolean {
	return !(shape.multiline ? UNSAFE_MULTILINE : UNSAFE_ONE_LINE).test(value);
}

/** Length as people count it: code points, so an emoji counts once; PostgreSQL counts alike. */
export function characterCount(value: string): number {
	return [...value].length;
}

export type SafeTextResult =
	{ ok: true; value: string } | { ok: false; reason: 'invalid_text' | 'too_long' | 'too_short' };

/** Cleans, then checks characters and the length of what is left. */
export function checkSafeText(raw: string, rule: SafeTextRule): SafeTextResult {
	const value = cleanText(raw, rule);
	if (!isSafeText(value, rule)) return { ok: false, reason: INVALID_TEXT };
	const length = characterCount(value);
	if (length > rule.max) return { ok: false, reason: 'too_long' };
	if (rule.min !== undefined && length < rule.min) return { ok: false, reason: 'too_short' };
	return { ok: true, value };
}

/**
 * Raw input longer than this is refused before any cleaning, so that a megabyte string costs
 * nothing; room is left for invisible characters and NFD input that cleaning shrinks.
 */
const rawLimit = (max: number) => max * 4 + 16;

function refuseUnsafe(shape: TextShape) {
	return (value: string, ctx: z.RefinementCtx) => {
		if (isSafeText(value, shape)) return;
		ctx.addIssue({
			code: 'custom',
			message: INVALID_TEXT,
			params: { appCode: INVALID_TEXT },
			input: value
		});
	};
}

/**
 * A zod string under the text rule: cleaned (the output is the clean value), refused with a
 * custom issue carrying `params.appCode: 'invalid_text'` when a character is unsafe, and bounded
 * in characters after cleaning. Still a ZodString, so `.regex()` and friends can follow.
 */
export function safeText(rule: SafeTextRule): z.ZodString {
	const schema = z
		.string()
		.max(rawLimit(rule.max), { abort: true })
		.overwrite((value) => cleanText(value, rule))
		.superRefine(refuseUnsafe(rule))
		.refine((value) => characterCount(value) <= rule.max, {
			message: `at most ${rule.max} characters`,
			params: { max: rule.max }
		});
	return rule.min === undefined
		? schema
		: schema.refine((value) => characterCount(value) >= rule.min!, {
				message: `at least ${rule.min} characters`,
				params: { min: rule.min }
			});
}

/**
 * A string that must match a strict pattern (a code, an id, base64): the pattern refuses every
 * unsafe character already, so only a length bound is added, checked first.
 */
export function boundedToken(pattern: RegExp, max: number): z.ZodString {
	return z.string().max(max, { abort: true }).regex(pattern);
}

/**
 * Every unsafe character replaced by U+FFFD, for a value that must be kept (logged, recorded)
 * rather than refused, e.g. an outbox entry's kind: refusing the whole push would block the queue.
 */
export function replaceUnsafe(
	value: string,
	shape: TextShape = {},
	replacement = '\uFFFD'
): string {
	const unsafe = shape.multiline ? UNSAFE_MULTILINE : UNSAFE_ONE_LINE;
	return value.replace(new RegExp(unsafe.source, 'gu'), replacement);
}

/** The longest file name kept (as attachment references and most file systems allow). */
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * A picked file's name made safe to keep: nobody typed it, so nothing is refused — it is
 * cleaned, an unsafe character becomes '_', and a long name is cut before its extension.
 */
export function safeFileName(name: string, fallback: string): string {
	const clean = replaceUnsafe(cleanText(name), {}, '_');
	const chars = [...clean];
	if (chars.length === 0) return fallback;
	if (chars.length <= MAX_FILE_NAME_LENGTH) return clean;
	const extension = /\.[^.\s]{1,10}$/u.exec(clean)?.[0] ?? '';
	return chars.slice(0, MAX_FILE_NAME_LENGTH - extension.length).join('') + extension;
}

/**
 * True when zod refused a text under the rule, anywhere in its issues: a union (an answer may be
 * text, a number, a block…) or a record's key carries its branches' issues nested.
 */
export function hasInvalidTextIssue(issues: readonly z.core.$ZodIssue[]): boolean {
	return issues.some((issue) => {
		switch (issue.code) {
			case 'custom':
				return (issue.params as { appCode?: unknown } | undefined)?.appCode === INVALID_TEXT;
			case 'invalid_union':
				return issue.errors.some(hasInvalidTextIssue);
			case 'invalid_key':
			case 'invalid_element':
				return hasInvalidTextIssue(issue.issues);
			default:
				return false;
		}
	});
}
