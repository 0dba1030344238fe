import { AppError } from '$lib/errors/app-error';

/**
 * The zod ISO check admits years 0000–9999; PostgreSQL has no year 0, and an insert that fails
 * there is an unexpected error that would stall the device's queue for good. A refusal instead
 * is recorded and the queue moves on.
 */
const earliest = Date.UTC(2000, 0, 1);
const latest = Date.UTC(2100, 0, 1);

/** A timestamp as a Date, refused as invalid_input outside 2000–2099. */
export function instantInRange(iso: string): Date {
	const at = new Date(iso);
	const ms = at.getTime();
	if (!(ms >= earliest && ms < latest)) throw new AppError('invalid_input');
	return at;
}
