import type { AppErrorCode } from '$lib/errors/app-error';

/**
 * What may be said about a failed query: its SQLSTATE and constraint. Never its message, detail
 * or parameters — drizzle's message carries the query's parameters (citizens' answers), and
 * PostgreSQL's detail names the offending value ("Key (username)=(…) already exists").
 */
export type DatabaseErrorInfo = { sqlState: string; constraint?: string };

/**
 * How a failed query counts:
 * - `input`: the request's own values broke it (bad text, out of range, a duplicate); refuse it
 *   with `code`, and a second try would fail the same way.
 * - `retry`: a serialization failure or a deadlock; the same request may pass at once.
 * - `unavailable`: the database is unreachable, shutting down or out of resources; not this
 *   request's fault, so try again later.
 * - `fault`: anything else (a bug in a query, a broken database): a real server fault.
 */
export type DatabaseFailure =
	| { kind: 'input'; code: AppErrorCode; info: DatabaseErrorInfo }
	| { kind: 'retry'; info: DatabaseErrorInfo }
	| { kind: 'unavailable'; info?: DatabaseErrorInfo }
	| { kind: 'fault'; info: DatabaseErrorInfo };

const SQLSTATE = /^[0-9A-Z]{5}$/;

/** SQLSTATEs a request's own values cause, and the code the client gets for each. */
const inputCodes: Readonly<Record<string, AppErrorCode>> = {
	// character_not_in_repertoire (a NUL in text), untranslatable_character (\u0000 in jsonb).
	'22021': 'invalid_input',
	'22P05': 'invalid_input',
	'22001': 'invalid_input', // string_data_right_truncation: longer than the column
	'22003': 'invalid_input', // numeric_value_out_of_range
	'22007': 'invalid_input', // invalid_datetime_format
	'22008': 'invalid_input', // datetime_field_overflow
	'22P02': 'invalid_input', // invalid_text_representation (a bad uuid, a bad number)
	'23502': 'invalid_input', // not_null_violation
	'23503': 'invalid_input', // foreign_key_violation: names a row that is not there
	'23514': 'invalid_input', // check_violation
	'23505': 'conflict', // unique_violation
	'54000': 'payload_too_large' // program_limit_exceeded (e.g. an index row too big)
};

/** postgres-js's own codes for a connection that failed or went away, and the socket's. */
const connectionCodes = new Set([
	'CONNECTION_CLOSED',
	'CONNECTION_ENDED',
	'CONNECTION_DESTROYED',
	'CONNECT_TIMEOUT',
	'ECONNREFUSED',
	'ECONNRESET',
	'EPIPE',
	'ETIMEDOUT',
	'EHOSTUNREACH',
	'ENOTFOUND',
	'EAI_AGAIN'
]);

type ErrorFields = {
	code?: unknown;
	severity?: unknown;
	constraint?: unknown;
	constraint_name?: unknown;
	message?: unknown;
	cause?: unknown;
};

/** The error and the errors it wraps (drizzle's DrizzleQueryError keeps the driver's in `cause`). */
function* chain(error: unknown): Generator<ErrorFields> {
	let current = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		yield current as ErrorFields;
		current = (current as ErrorFields).cause;
	}
}

/**
 * The PostgreSQL error behind `error`, from postgres-js (`PostgresError`: `code`,
 * `constraint_name`) or PGlite (pg-protocol's `DatabaseError`: `code`, `constraint`), bare or
 * wrapped by drizzle. Both carry a `severity`, which tells a SQLSTATE from a Node error code.
 */
export function databaseErrorOf(error: unknown): DatabaseErrorInfo | undefined {
	for (const e of chain(error)) {
		if (typeof e.severity === 'string' && typeof e.code === 'string' && SQLSTATE.test(e.code)) {
			const constraint = e.constraint_name ?? e.constraint;
			return typeof constraint === 'string' && constraint
				? { sqlState: e.code, constraint }
				: { sqlState: e.code };
		}
	}
	return undefined;
}

/** A connection that failed or closed (postgres-js, the socket), or PGlite closed under us. */
function connectionLost(error: unknown): boolean {
	for (const e of chain(error)) {
		if (typeof e.code === 'string' && connectionCodes.has(e.code)) return true;
		if (e.message === 'PGlite is closed') return true;
	}
	return false;
}

/** How a failed query counts (see DatabaseFailure); undefined when it is no database error. */
export function classifyDatabaseError(error: unknown): DatabaseFailure | undefined {
	const info = databaseErrorOf(error);
	if (!info) return connectionLost(error) ? { kind: 'unavailable' } : undefined;
	const { sqlState } = info;
	const code = inputCodes[sqlState];
	if (code) return { kind: 'input', code, info };
	if (sqlState === '40001' || sqlState === '40P01') return { kind: 'retry', info };
	// 08: connection exceptions; 57P: admin or crash shutdown, cannot connect now; 53: out of
	// disk, memory or connections.
	if (sqlState.startsWith('08') || sqlState.startsWith('57P') || sqlState.startsWith('53')) {
		return { kind: 'unavailable', info };
	}
	return { kind: 'fault', info };
}

/**
 * The app code for a failed query: the input's code, `storage_full` for a full disk (53100),
 * `server` for the rest.
 */
export function appCodeOfDatabaseFailure(failure: DatabaseFailure): AppErrorCode {
	if (failure.kind === 'input') return failure.code;
	if (failure.info?.sqlState === '53100') return 'storage_full';
	return 'server';
}
