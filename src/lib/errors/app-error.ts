/**
 * Expected failures, as codes: one family for the whole app. The server attaches one to every
 * tRPC error; the browser's own failures (storage, the vault, drafts, attachments) use the same
 * codes, and the client turns each into a sentence through i18n (`error.<code>`) in one place
 * (`errorSentenceOf` in src/lib/client/errors.ts).
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
	/** A draft on a replaced version of a procedure, sent after that version's grace ended. */
	'version_expired',
	'conflict',
	'rate_limited',
	'payload_too_large',
	'resume_wrong',
	'resume_expired',
	'resume_locked',
	'storage_full',
	'storage_unavailable',
	/** Browser only: a device that never reached the server has no procedure catalogue yet. */
	'catalogue_unavailable',
	'checksum_mismatch',
	'unsupported_type',
	'attachment_missing',
	'username_taken',
	'illegal_transition',
	'apology_required',
	'apology_date_invalid',
	'result_file_required',
	/** A make-up working day on a weekday, or on a weekend day kept as a day off. */
	'make_up_day_invalid',
	/** A verification extension the procedure does not allow, or beyond its allowance. */
	'extension_invalid',
	/** A fault on the server while applying one outbox entry: recorded, so the rest go on. */
	'apply_failed',
	/** A staff kind (a coaching record, a rating) from a PC that is not enrolled, with no staff session. */
	'device_not_enrolled',
	/** A staff kind from a PC a manager revoked. */
	'device_revoked',
	// Only ever raised in the browser, by the vault and the draft store (never sent by the server):
	// AES-GCM could not authenticate with this PIN; too many wrong PINs for now; stored data that
	// no longer opens with the right key.
	'pin_wrong',
	'locked',
	'corrupt',
	'server'
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

export function isAppErrorCode(value: unknown): value is AppErrorCode {
	return typeof value === 'string' && (appErrorCodes as readonly string[]).includes(value);
}

/** Values the sentence of a code fills in (`{seconds}`): numbers only, never personal data. */
export type AppErrorParams = Record<string, number>;

/**
 * The one error class with a code. Parts of the app that raise only a few codes subclass it and
 * narrow `code` (VaultError, DraftError, AttachmentError), so callers can still tell where a
 * failure came from while `errorCodeOf` and the sentences treat them all alike.
 */
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
