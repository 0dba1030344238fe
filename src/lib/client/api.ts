/**
 * The one way from the browser to the server. The tRPC client (with @trpc/client and superjson)
 * loads on the first call rather than with the first route; later calls get the same client.
 * Routes and components call this, or a client service that calls it — never
 * `$lib/client/trpc` themselves (a lint rule holds that: scripts/eslint-boundaries.js).
 */
export type ApiClient = (typeof import('./trpc'))['api'];

export function api(): Promise<ApiClient> {
	return import('./trpc').then((m) => m.api);
}
