import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { csrfRefusal } from '$lib/server/auth/csrf';
import { closeDatabase, getDatabase } from '$lib/server/db';
import { drainBoundFor, limitRequestBody, settleUnreadBody } from '$lib/server/http/body-limit';
import { scheduleSweeps } from '$lib/server/maintenance/sweep';
import { errorSummary } from '$lib/server/log/error-summary';
import { startNotifications } from '$lib/server/notifications/start';
import { publicAddressWarningFor } from '$lib/server/office/public-address';
import { announceAtStartup } from '$lib/server/startup/startup-notices';

export const init: ServerInit = async () => {
	if (building) return;
	// Migrate and seed before "Listening", so the first request never waits on it.
	const { db } = await getDatabase();
	const warning = await publicAddressWarningFor(db);
	if (warning) announceAtStartup({ kind: 'warning', text: warning });
	const sweeps = scheduleSweeps(async () => (await getDatabase()).db);
	const notifications = startNotifications(db);
	// PGlite and postgres-js keep the process alive; close them when adapter-node shuts down,
	// after the notification worker has recorded the sends it had started.
	process.once('sveltekit:shutdown', () => {
		sweeps.stop();
		void notifications.stop().finally(() => closeDatabase());
	});
};

function withSecurityHeaders(response: Response): Response {
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
}

export const handle: Handle = async ({ event, resolve }) => {
	const received = event.request;
	const drainBound = drainBoundFor(event.url.pathname);
	// A body nobody reads would hold up the next request on its connection (body-limit.ts).
	const settle = (response: Response) =>
		settleUnreadBody(received, withSecurityHeaders(response), drainBound);
	// First of all: no route reads more than its own limit (issue 14, item 4).
	const limited = await limitRequestBody(received, event.url, drainBound);
	if ('refusal' in limited) return settle(limited.refusal);
	event.request = limited.request;
	// Before any route runs: a forged request must not reach a procedure, even to fail there.
	const refusal = csrfRefusal(event.request, event.url);
	return settle(refusal ?? (await resolve(event)));
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
