import {
	AppError,
	isAppErrorCode,
	type AppErrorCode,
	type AppErrorParams
} from '$lib/errors/app-error';
import { formatInVietnam } from '$lib/domain/text/date-format';
import type { Locale, MessageKey, MessageParams } from '$lib/i18n/translate';
import { DraftError } from './drafts/draft-error';
import { notices } from './state/notices.svelte';
import { preferences, t } from './state/preferences.svelte';

/** The name of an error and of the errors it wraps (`inner`, `cause`). */
function errorNames(error: unknown, seen = new Set<string>(), depth = 0): Set<string> {
	if (depth > 4 || typeof error !== 'object' || error === null) return seen;
	const e = error as { name?: unknown; inner?: unknown; cause?: unknown };
	if (typeof e.name === 'string') seen.add(e.name);
	errorNames(e.inner, seen, depth + 1);
	errorNames(e.cause, seen, depth + 1);
	return seen;
}

/** Turns anything thrown into one of our codes. */
export function errorCodeOf(error: unknown): AppErrorCode {
	// Ours, whichever part raised it (vault, drafts, attachments, or an AppError itself).
	if (error instanceof AppError) return error.code;
	// By name, not instanceof: importing @trpc/client here would put it on every first load.
	if (error instanceof Error && error.name === 'TRPCClientError') {
		const data: unknown = (error as { data?: unknown }).data;
		const code =
			typeof data === 'object' && data !== null
				? (data as { appCode?: unknown }).appCode
				: undefined;
		if (isAppErrorCode(code)) return code;
		// No data: the request never got an answer from our server.
		return typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'network';
	}
	// By name: Dexie wraps IndexedDB's DOMExceptions in classes of its own with the same names.
	const names = errorNames(error);
	if (names.has('QuotaExceededError')) return 'storage_full';
	if (
		['MissingAPIError', 'InvalidStateError', 'SecurityError', 'OpenFailedError'].some((n) =>
			names.has(n)
		)
	) {
		return 'storage_unavailable';
	}
	if (error instanceof TypeError && typeof navigator !== 'undefined' && !navigator.onLine)
		return 'offline';
	return 'server';
}

/** The values the server sent for a code's sentence (`{ seconds }` of login_delayed), or {}. */
export function errorParamsOf(error: unknown): AppErrorParams {
	if (!(error instanceof Error) || error.name !== 'TRPCClientError') return {};
	const data: unknown = (error as { data?: unknown }).data;
	const params =
		typeof data === 'object' && data !== null
			? (data as { appParams?: unknown }).appParams
			: undefined;
	if (typeof params !== 'object' || params === null) return {};
	return Object.fromEntries(
		Object.entries(params).filter((entry): entry is [string, number] => Number.isFinite(entry[1]))
	);
}

export type ErrorSentence = { key: MessageKey; params?: MessageParams };

/**
 * The one place that turns an error into its sentence: `error.<code>`, with what the sentence
 * needs (a PIN lock says until when, in Vietnam time).
 */
export function errorSentenceOf(error: unknown, locale: Locale = 'vi'): ErrorSentence {
	const code = errorCodeOf(error);
	if (code === 'locked') {
		const until = (error instanceof DraftError && error.lockedUntil) || new Date().toISOString();
		return { key: 'error.locked', params: { time: formatInVietnam(until, locale, 'time') } };
	}
	return { key: `error.${code}` };
}

/** The sentence of an error in the current language, for a form that shows it by its field. */
export function errorMessage(error: unknown): string {
	const { key, params } = errorSentenceOf(error, preferences.locale);
	return t(key, params);
}

/** Codes a PIN form answers at the PIN field rather than in a notice. */
const pinProblems: readonly AppErrorCode[] = ['pin_wrong', 'locked', 'corrupt'];

export function isPinProblem(error: unknown): boolean {
	return pinProblems.includes(errorCodeOf(error));
}

/** The one client error handler: a calm sentence on screen, a log line without personal data. */
export function handleError(error: unknown): AppErrorCode {
	const code = errorCodeOf(error);
	if (code === 'server')
		console.error('[cunglam]', error instanceof Error ? error.name : typeof error);
	const { key, params } = errorSentenceOf(error, preferences.locale);
	notices.show(key, 'error', params);
	return code;
}
