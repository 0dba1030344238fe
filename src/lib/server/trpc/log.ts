import type { TRPCError } from '@trpc/server';

/**
 * Logs a failed call by path and code only. Inputs are never logged: they hold citizens'
 * personal data (DESIGN.md: a submitted dossier is never written to logs).
 */
export function logTrpcError({ error, path }: { error: TRPCError; path?: string }): void {
	if (error.code === 'INTERNAL_SERVER_ERROR') {
		const cause = error.cause;
		console.error(`[trpc] ${path ?? '?'} ${error.code}`, cause instanceof Error ? cause.stack : '');
	} else {
		console.warn(`[trpc] ${path ?? '?'} ${error.code}`);
	}
}
