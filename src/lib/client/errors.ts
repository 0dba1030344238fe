import { TRPCClientError } from '@trpc/client';
import { isAppErrorCode, type AppErrorCode } from '$lib/errors/app-error';
import { notices } from './state/notices.svelte';

/** Turns anything thrown into one of our codes. */
export function errorCodeOf(error: unknown): AppErrorCode {
	if (error instanceof TRPCClientError) {
		const data: unknown = error.data;
		const code =
			typeof data === 'object' && data !== null
				? (data as { appCode?: unknown }).appCode
				: undefined;
		if (isAppErrorCode(code)) return code;
		// No data: the request never got an answer from our server.
		return typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'network';
	}
	if (error instanceof DOMException) {
		if (error.name === 'QuotaExceededError') return 'storage_full';
		if (error.name === 'InvalidStateError' || error.name === 'SecurityError')
			return 'storage_unavailable';
	}
	if (error instanceof TypeError && typeof navigator !== 'undefined' && !navigator.onLine)
		return 'offline';
	return 'server';
}

/** The one client error handler: a calm sentence on screen, a log line without personal data. */
export function handleError(error: unknown): AppErrorCode {
	const code = errorCodeOf(error);
	if (code === 'server')
		console.error('[cunglam]', error instanceof Error ? error.name : typeof error);
	notices.show(`error.${code}`);
	return code;
}
