/** Kept apart from the draft store, so pages can name the error without loading the store. */
export type DraftErrorCode = 'not_found' | 'pin_wrong' | 'locked' | 'corrupt';

export class DraftError extends Error {
	constructor(
		readonly code: DraftErrorCode,
		readonly lockedUntil?: string
	) {
		super(code);
		this.name = 'DraftError';
	}
}
