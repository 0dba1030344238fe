import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { ZodError } from 'zod';
import { AppError, type AppErrorCode, type AppErrorParams } from '$lib/errors/app-error';
import { hasInvalidTextIssue } from '$lib/domain/text/safe-text';
import { appCodeOfDatabaseFailure, classifyDatabaseError } from '../db/database-error';
import type { Role } from '../db/schema';
import type { Context } from './context';

const trpcCodeFor: Record<AppErrorCode, TRPCError['code']> = {
	network: 'INTERNAL_SERVER_ERROR',
	offline: 'INTERNAL_SERVER_ERROR',
	unauthorized: 'UNAUTHORIZED',
	forbidden: 'FORBIDDEN',
	login_failed: 'UNAUTHORIZED',
	login_delayed: 'TOO_MANY_REQUESTS',
	account_locked: 'FORBIDDEN',
	invalid_input: 'BAD_REQUEST',
	invalid_text: 'BAD_REQUEST',
	not_found: 'NOT_FOUND',
	unknown_procedure: 'NOT_FOUND',
	version_expired: 'PRECONDITION_FAILED',
	conflict: 'CONFLICT',
	rate_limited: 'TOO_MANY_REQUESTS',
	payload_too_large: 'PAYLOAD_TOO_LARGE',
	resume_wrong: 'UNAUTHORIZED',
	resume_expired: 'NOT_FOUND',
	resume_locked: 'TOO_MANY_REQUESTS',
	storage_full: 'INTERNAL_SERVER_ERROR',
	storage_unavailable: 'INTERNAL_SERVER_ERROR',
	catalogue_unavailable: 'INTERNAL_SERVER_ERROR',
	checksum_mismatch: 'UNPROCESSABLE_CONTENT',
	unsupported_type: 'UNSUPPORTED_MEDIA_TYPE',
	attachment_missing: 'PRECONDITION_FAILED',
	username_taken: 'CONFLICT',
	illegal_transition: 'CONFLICT',
	apology_required: 'PRECONDITION_FAILED',
	apology_date_invalid: 'BAD_REQUEST',
	result_file_required: 'BAD_REQUEST',
	make_up_day_invalid: 'BAD_REQUEST',
	extension_invalid: 'BAD_REQUEST',
	apply_failed: 'INTERNAL_SERVER_ERROR',
	device_not_enrolled: 'FORBIDDEN',
	device_revoked: 'FORBIDDEN',
	// Raised in the browser only (vault, drafts): never by a procedure.
	pin_wrong: 'INTERNAL_SERVER_ERROR',
	locked: 'INTERNAL_SERVER_ERROR',
	corrupt: 'INTERNAL_SERVER_ERROR',
	server: 'INTERNAL_SERVER_ERROR'
};

/** Throw this from a procedure: the client receives `data.appCode` and shows its sentence. */
export function appError(code: AppErrorCode, message?: string, params?: AppErrorParams): TRPCError {
	return new TRPCError({
		code: trpcCodeFor[code],
		message,
		cause: new AppError(code, message, params)
	});
}

export function appCodeOf(error: TRPCError): AppErrorCode {
	if (error.cause instanceof AppError) return error.cause.code;
	if (error.cause instanceof ZodError)
		return hasInvalidTextIssue(error.cause.issues) ? 'invalid_text' : 'invalid_input';
	switch (error.code) {
		case 'BAD_REQUEST':
		case 'PARSE_ERROR':
			return 'invalid_input';
		case 'UNAUTHORIZED':
			return 'unauthorized';
		case 'FORBIDDEN':
			return 'forbidden';
		case 'NOT_FOUND':
			return 'not_found';
		case 'TOO_MANY_REQUESTS':
			return 'rate_limited';
		case 'PAYLOAD_TOO_LARGE':
			return 'payload_too_large';
		case 'CONFLICT':
			return 'conflict';
		default:
			return 'server';
	}
}

/**
 * Every procedure states who may call it; one middleware enforces what it states, and
 * procedure-roles.spec.ts walks every procedure × role against it.
 */
export type ProcedureMeta = { roles: 'public' | readonly Role[] };

const t = initTRPC
	.context<Context>()
	.meta<ProcedureMeta>()
	.create({
		transformer: superjson,
		errorFormatter({ shape, error }) {
			const zodIssues =
				error.cause instanceof ZodError
					? error.cause.issues.map((i) => ({ path: i.path.map(String), code: i.code }))
					: undefined;
			return {
				...shape,
				// Internal messages may describe the server; the client shows only its own sentence.
				message: appCodeOf(error) === 'server' ? 'server' : shape.message,
				data: {
					...shape.data,
					stack: undefined,
					appCode: appCodeOf(error),
					appParams: error.cause instanceof AppError ? error.cause.params : undefined,
					zodIssues
				}
			};
		}
	});

export const createRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * A query that failed on the request's own values (a NUL in text, a number out of range, a
 * duplicate) as the refusal it is, a 4xx with its code; a database that is away or busy as a
 * 503. The original error stays as the cause, for the log line's SQLSTATE; the message the
 * client sees is the code, never the query's (drizzle's carries its parameters).
 */
function databaseRefusal(error: TRPCError): TRPCError | undefined {
	const failure = classifyDatabaseError(error.cause);
	if (!failure || failure.kind === 'fault') return undefined;
	const code = appCodeOfDatabaseFailure(failure);
	const cause = Object.assign(new AppError(code), { cause: error.cause });
	if (code === 'server')
		return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: code, cause });
	return new TRPCError({ code: trpcCodeFor[code], message: code, cause });
}

/**
 * Server modules below the routers (accepting a dossier, storing an upload) throw a plain
 * AppError; it reaches the client with its own HTTP status and code, not as a server error.
 * So does a query that the input made fail (databaseRefusal).
 */
const appErrors = t.middleware(async ({ next }) => {
	const result = await next();
	if (result.ok) return result;
	if (result.error.cause instanceof AppError) {
		const { code, message, params } = result.error.cause;
		if (trpcCodeFor[code] !== result.error.code)
			return { ...result, error: appError(code, message, params) };
		return result;
	}
	const refusal = databaseRefusal(result.error);
	return refusal ? { ...result, error: refusal } : result;
});

/**
 * Reads the roles from the procedure's meta rather than from a closure, so that the meta the
 * matrix test reads is the rule that runs. A procedure without meta admits no one.
 */
const roleGuard = t.middleware(({ ctx, meta, next }) => {
	const roles = meta?.roles;
	if (roles === 'public') return next();
	if (!roles) throw appError('server', 'procedure without roles');
	if (!ctx.user) throw appError('unauthorized');
	if (!roles.includes(ctx.user.role)) throw appError('forbidden');
	return next();
});

const guardedProcedure = t.procedure.use(appErrors).use(roleGuard);

/** Open to anyone, citizens included (they have no account). */
export const publicProcedure = guardedProcedure.meta({ roles: 'public' });

/** A procedure open to the listed staff roles only. */
export function roleProcedure(...allowed: Role[]) {
	return guardedProcedure.meta({ roles: allowed }).use(({ ctx, next }) => {
		// Already refused by roleGuard; this tells the types that the user is there.
		if (!ctx.user) throw appError('unauthorized');
		return next({ ctx: { ...ctx, user: ctx.user } });
	});
}

export const staffProcedure = roleProcedure('volunteer', 'officer', 'manager', 'admin');
export const volunteerProcedure = roleProcedure('volunteer', 'manager', 'admin');
export const officerProcedure = roleProcedure('officer', 'manager', 'admin');
export const managerProcedure = roleProcedure('manager', 'admin');
export const adminProcedure = roleProcedure('admin');
