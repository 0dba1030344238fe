/**
 * Expected failures, as codes. The server attaches one to every tRPC error; the client turns it
 * into a sentence through i18n (`error.<code>`), in one place (see error-message.ts).
 */
export const appErrorCodes = [
	'network',
	'offline',
	'unauthorized',
	'forbidden',
	'login_failed',
	'login_delayed',
	'account_locked',
	'invalid_input',
	'invalid_text',
	'not_found',
	'unknown_procedure',
	'conflict',
	'rate_limited',
	'payload_too_large',
	'resume_wrong',
	'resume_expired',
	'resume_locked',
	'storage_full',
	'storage_unavailable',
	'checksum_mismatch',
	'unsupported_type',
	'attachment_missing',
	'username_taken',
	'illegal_transition',
	'apology_required',
	'apology_date_invalid',
	'result_file_required',
	/** A fault on the server while applying one outbox entry: recorded, so the rest go on. */
	'apply_failed',
	'server'
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

export function isAppErrorCode(value: unknown): value is AppErrorCode {
	return typeof value === 'string' && (appErrorCodes as readonly string[]).includes(value);
}

/** Values the sentence of a code fills in (`{seconds}`): numbers only, never personal data. */
export type AppErrorParams = Record<string, number>;

export class AppError extends Error {
	readonly code: AppErrorCode;
	readonly params: AppErrorParams | undefined;
	constructor(code: AppErrorCode, message: string = code, params?: AppErrorParams) {
		super(message);
		this.name = 'AppError';
		this.code = code;
		this.params = params;
	}
}
