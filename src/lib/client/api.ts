import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
// Type-only: erased at build time, so no server code reaches the browser.
import type { AppRouter } from '$lib/server/trpc/root';

/**
 * The one way from the browser to the server. The tRPC client (with @trpc/client and superjson)
 * loads on the first call rather than with the first route; later calls get the same client.
 * Only the client services (`src/lib/client/<domain>/<domain>.service.ts`) call it; routes and
 * components call the services (lint rules hold both: scripts/eslint-boundaries.js).
 */
export type ApiClient = (typeof import('./trpc'))['api'];

export function api(): Promise<ApiClient> {
	return import('./trpc').then((m) => m.api);
}

/** What each procedure answers and takes, derived from the routers: never typed by hand. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;
