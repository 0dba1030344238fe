import { databaseErrorOf } from '../db/database-error';

const MAX_FRAMES = 8;

/**
 * What a server log line may say about an error: its class name, the SQLSTATE and constraint of a
 * database error, and where it was thrown (stack frames: files and functions). Never the message:
 * drizzle's holds the query's parameters, PostgreSQL's detail the offending value, and a handler's
 * may quote an answer — all citizens' personal data (DESIGN.md: never written to logs).
 */
export function errorSummary(error: unknown): string {
	if (typeof error !== 'object' || error === null) return typeof error;
	// drizzle's DrizzleQueryError keeps the name 'Error'; its class says more.
	const className = (error.constructor as { name?: string } | undefined)?.name || 'object';
	const name = error instanceof Error && error.name !== 'Error' ? error.name : className;
	const database = databaseErrorOf(error);
	const parts = [name];
	if (database) {
		parts.push(`sqlstate=${database.sqlState}`);
		if (database.constraint) parts.push(`constraint=${database.constraint}`);
	}
	const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
	const message = error instanceof Error ? error.message : '';
	// Frames only, after the message: it leads the stack and may run over several lines, some of
	// which could look like frames.
	const at = message ? stack.indexOf(message) : -1;
	const frames = (at >= 0 ? stack.slice(at + message.length) : stack)
		.split('\n')
		.filter((line) => /^\s+at /.test(line))
		.slice(0, MAX_FRAMES);
	return [parts.join(' '), ...frames].join('\n');
}
