import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { openTestDatabase } from '../../testing/test-database';
import { memoryCookies, testContext } from '../../testing/test-context';
import { seedDemoData } from '../../db/seed';
import { sessionCookieName, userForSessionToken } from '../../auth/session';
import { auditLog } from '../../db/schema';
import { logTrpcError } from '../log';
import { appRouter, createCaller } from '../root';
import { createRouter, managerProcedure } from '../trpc';

describe('staff login and role checks', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedDemoData(handle.db, 'mat-khau-thu');
	});
	afterAll(() => handle.dispose());

	it('logs in with the right password, sets an httpOnly session, and audits it', async () => {
		const cookies = memoryCookies();
		const caller = createCaller(testContext(handle, { cookies }));
		const me = await caller.auth.login({ username: 'tnv.demo', password: 'mat-khau-thu' });
		expect(me.role).toBe('volunteer');
		const token = cookies.jar.get(sessionCookieName)!;
		expect(token.length).toBeGreaterThan(30);
		expect((await userForSessionToken(handle.db, token))?.username).toBe('tnv.demo');
		const actions = (await handle.db.select().from(auditLog)).map((r) => r.action);
		expect(actions).toContain('auth.login');
	});

	it('refuses a wrong password with the login_failed code', async () => {
		const caller = createCaller(testContext(handle));
		const error = await caller.auth
			.login({ username: 'tnv.demo', password: 'sai' })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(TRPCError);
		expect((error as TRPCError).code).toBe('UNAUTHORIZED');
	});

	it('lets only the stated roles call a role-checked procedure', async () => {
		const router = createRouter({ figures: managerProcedure.query(() => 42) });
		const call = (role: 'volunteer' | 'manager' | null) =>
			router
				.createCaller(
					testContext(handle, {
						user: role
							? {
									id: crypto.randomUUID(),
									username: role,
									displayName: role,
									role,
									accessPointId: null
								}
							: null
					})
				)
				.figures();
		await expect(call('manager')).resolves.toBe(42);
		await expect(call('volunteer')).rejects.toMatchObject({ code: 'FORBIDDEN' });
		await expect(call(null)).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
	});

	it('answers malformed input with 400 and an app code, and never logs the body', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const marker = 'BODY-MARKER-0123456789';
		const response = await fetchRequestHandler({
			endpoint: '/api/trpc',
			req: new Request('http://localhost/api/trpc/auth.login', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ json: { username: marker, password: 12345 } })
			}),
			router: appRouter,
			createContext: () => testContext(handle),
			onError: logTrpcError
		});
		expect(response.status).toBe(400);
		const body = (await response.json()) as { error: { json: { data: { appCode: string } } } };
		expect(body.error.json.data.appCode).toBe('invalid_input');
		const logged = JSON.stringify([...warn.mock.calls, ...error.mock.calls]);
		expect(logged).toContain('auth.login');
		expect(logged).not.toContain(marker);
		warn.mockRestore();
		error.mockRestore();
	});

	it('answers a request that is not JSON with 400, not 500', async () => {
		const response = await fetchRequestHandler({
			endpoint: '/api/trpc',
			req: new Request('http://localhost/api/trpc/auth.login', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{not json'
			}),
			router: appRouter,
			createContext: () => testContext(handle)
		});
		expect(response.status).toBe(400);
	});
});
