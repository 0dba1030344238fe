import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
// Type-only: erased at build time, so no server code reaches the browser.
import type { AppRouter } from '$lib/server/trpc/root';

/**
 * A connection that drops without closing (a sleeping Wi-Fi router, a captive portal) would
 * leave a request waiting for minutes and the sync loop with it: give up after a while, like any
 * other network failure, and let the caller retry.
 */
const REQUEST_TIMEOUT_MS = 45_000;

function fetchWithTimeout(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
	const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
	const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
	return fetch(input, { ...init, signal });
}

export const api = createTRPCClient<AppRouter>({
	links: [httpBatchLink({ url: '/api/trpc', transformer: superjson, fetch: fetchWithTimeout })]
});
