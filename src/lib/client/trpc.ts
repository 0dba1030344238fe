import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
// Type-only: erased at build time, so no server code reaches the browser.
import type { AppRouter } from '$lib/server/trpc/root';

export const api = createTRPCClient<AppRouter>({
	links: [httpBatchLink({ url: '/api/trpc', transformer: superjson })]
});
