import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { RequestHandler } from './$types';
import { createContext } from '$lib/server/trpc/context';
import { appRouter } from '$lib/server/trpc/root';
import { logTrpcError } from '$lib/server/trpc/log';

const handler: RequestHandler = (event) =>
	fetchRequestHandler({
		endpoint: '/api/trpc',
		req: event.request,
		router: appRouter,
		createContext: () => createContext(event),
		onError: logTrpcError
	});

export const GET = handler;
export const POST = handler;
