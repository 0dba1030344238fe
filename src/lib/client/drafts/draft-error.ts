import { AppError, type AppErrorCode } from '$lib/errors/app-error';

/** Kept apart from the draft store, so pages can name the error without loading the store. */
export type DraftErrorCode = Extract<
	AppErrorCode,
	'not_found' | 'pin_wrong' | 'locked' | 'corrupt'
>;

export class DraftError extends AppError {
	declare readonly code: DraftErrorCode;
	constructor(
		code: DraftErrorCode,
		/** With 'locked': when the next PIN may be tried (ISO instant). */
		readonly lockedUntil?: string
	) {
		super(code);
		this.name = 'DraftError';
	}
}
