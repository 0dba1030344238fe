import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { csrfRefusal } from '$lib/server/auth/csrf';
import { closeDatabase, getDatabase } from '$lib/server/db';
import { errorSummary } from '$lib/server/log/error-summary';

export const init: ServerInit = async () => {
	if (building) return;
	// Migrate and seed before "Listening", so the first request never waits on it.
	await getDatabase();
	// PGlite and postgres-js keep the process alive; close them when adapter-node shuts down.
	process.once('sveltekit:shutdown', () => void closeDatabase());
};

function withSecurityHeaders(response: Response): Response {
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
}

export const handle: Handle = async ({ event, resolve }) => {
	// Before any route runs: a forged request must not reach a procedure, even to fail there.
	const refusal = csrfRefusal(event.request, event.url);
	if (refusal) return withSecurityHeaders(refusal);
	return withSecurityHeaders(await resolve(event));
};

/**
 * Unexpected errors: logged by route, status and errorSummary (the error's class, SQLSTATE and
 * stack frames; never its message nor the request body, which may hold personal data), answered
 * calmly.
 */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) {
		console.error(`[server] ${event.route.id ?? '?'} ${status}`, errorSummary(error));
	}
	return { message: status === 404 ? 'not_found' : 'server' };
};
