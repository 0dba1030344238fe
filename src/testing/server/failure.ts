import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { ZodError } from 'zod';
import { hasInvalidTextIssue } from '$lib/domain/text/safe-text';
import { AppError } from '$lib/errors/app-error';

/** The app error code a router call failed with, or 'none'. For tests. */
export async function failure(call: Promise<unknown>): Promise<string> {
	const error = await call.then(
		() => null,
		(e: unknown) => e
	);
	if (error === null) return 'none';
	expect(error).toBeInstanceOf(TRPCError);
	const cause = (error as TRPCError).cause;
	if (cause instanceof AppError) return cause.code;
	// zod refusals carry no app code; the error formatter reports them as invalid_input, or as
	// invalid_text when the text rule refused.
	if (cause instanceof ZodError && hasInvalidTextIssue(cause.issues)) return 'invalid_text';
	return (error as TRPCError).code === 'BAD_REQUEST' ? 'invalid_input' : (error as TRPCError).code;
}
