import type { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { databaseErrorOf } from '../db/database-error';
import { errorSummary } from '../log/error-summary';
import { appCodeOf } from './trpc';

/**
 * Logs a failed call by path, status and app code, with the SQLSTATE and constraint of a query
 * that failed, and for a server fault where it was thrown (errorSummary). Inputs and error
 * messages are never logged: they hold citizens' personal data (DESIGN.md: a submitted dossier is
 * never written to logs), and drizzle's message quotes the query's parameters.
 */
export function logTrpcError({ error, path }: { error: TRPCError; path?: string }): void {
	const status = getHTTPStatusCodeFromError(error);
	const line = `[trpc] ${path ?? '?'} ${status} ${appCodeOf(error)}`;
	if (status >= 500) {
		console.error(line, errorSummary(error.cause ?? error));
		return;
	}
	const database = databaseErrorOf(error.cause);
	if (!database) console.warn(line);
	else {
		const constraint = database.constraint ? ` constraint=${database.constraint}` : '';
		console.warn(`${line} sqlstate=${database.sqlState}${constraint}`);
	}
}
