import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { openTestDatabase } from '$testing/server/database';
import { memoryCookies, testContext } from '$testing/server/context';
import { seedDemoData } from '../../db/seed';
import { eq } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import {
	createSession,
	sessionCookieName,
	userForSessionToken,
	type SessionUser
} from '../../auth/session';
import { auditLog, users } from '../../db/schema';
import { logTrpcError } from '../log';
import { appRouter, createCaller } from '../root';
import { createRouter, managerProcedure } from '../trpc';
import { createAuthRouter } from './auth.router';

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

/** A cookie jar that also keeps the options each cookie was set with. */
function recordingCookies() {
	const cookies = memoryCookies();
	const options = new Map<string, Parameters<Cookies['set']>[2]>();
	const set: Cookies['set'] = (name, value, opts) => {
		options.set(name, opts);
		cookies.jar.set(name, value);
	};
	return Object.assign(cookies, { set, options });
}

const password = 'mat-khau-thu';
const minute = 60 * 1000;

describe('login, sessions and logout', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	const clock = new Date('2025-03-03T01:00:00Z');
	const auth = createAuthRouter({ now: () => clock });
	const router = createRouter({ auth });
	const caller = (overrides: Parameters<typeof testContext>[1] & { https?: boolean } = {}) =>
		router.createCaller({ ...testContext(handle, overrides), https: overrides.https });

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedDemoData(handle.db, password);
	});
	afterAll(() => handle.dispose());

	const userOf = async (username: string): Promise<SessionUser> => {
		const [u] = await handle.db.select().from(users).where(eq(users.username, username));
		return {
			id: u!.id,
			username: u!.username,
			displayName: u!.displayName,
			role: u!.role,
			accessPointId: u!.accessPointId
		};
	};

	it('answers what a device needs for offline unlock, and never the hash', async () => {
		const me = await caller({ clientAddress: '198.51.100.1' }).auth.login({
			username: 'TNV.demo',
			password
		});
		const volunteer = await userOf('tnv.demo');
		expect(me).toMatchObject({
			id: volunteer.id,
			username: 'tnv.demo',
			displayName: volunteer.displayName,
			role: 'volunteer',
			accessPointId: volunteer.accessPointId,
			idleTimeoutMs: 30 * minute
		});
		expect(me.sessionExpiresAt).toEqual(new Date(clock.getTime() + 12 * 60 * minute));
		expect(JSON.stringify(me)).not.toContain('argon2');
	});

	it('sets an httpOnly, SameSite=Strict cookie, Secure only over HTTPS', async () => {
		for (const https of [false, true]) {
			const cookies = recordingCookies();
			await caller({ cookies, https, clientAddress: '198.51.100.2' }).auth.login({
				username: 'tnv.demo',
				password
			});
			expect(cookies.options.get(sessionCookieName)).toMatchObject({
				path: '/',
				httpOnly: true,
				sameSite: 'strict',
				secure: https
			});
		}
	});

	it('replaces whatever session the browser held at login (session fixation)', async () => {
		// An attacker's own session token, planted in the victim's browser before login.
		const planted = await createSession(handle.db, (await userOf('canbo.demo')).id, clock);
		const cookies = memoryCookies({ [sessionCookieName]: planted.token });
		await caller({ cookies, clientAddress: '198.51.100.3' }).auth.login({
			username: 'tnv.demo',
			password
		});
		const fresh = cookies.jar.get(sessionCookieName)!;
		expect(fresh).not.toBe(planted.token);
		expect(await userForSessionToken(handle.db, planted.token, clock)).toBeNull();
		expect((await userForSessionToken(handle.db, fresh, clock))?.username).toBe('tnv.demo');

		// Logging in again rotates once more.
		await caller({ cookies, clientAddress: '198.51.100.3' }).auth.login({
			username: 'tnv.demo',
			password
		});
		expect(cookies.jar.get(sessionCookieName)).not.toBe(fresh);
		expect(await userForSessionToken(handle.db, fresh, clock)).toBeNull();
	});

	it('ends the session on the server at logout, not only in the browser', async () => {
		const cookies = memoryCookies();
		await caller({ cookies, clientAddress: '198.51.100.4' }).auth.login({
			username: 'tnv.demo',
			password
		});
		const token = cookies.jar.get(sessionCookieName)!;
		const user = await userForSessionToken(handle.db, token, clock);
		await caller({ cookies, user }).auth.logout();
		expect(cookies.jar.has(sessionCookieName)).toBe(false);
		expect(await userForSessionToken(handle.db, token, clock)).toBeNull();
		const actions = (await handle.db.select().from(auditLog)).map((r) => r.action);
		expect(actions).toContain('auth.logout');
	});

	it('refuses a disabled account as if it did not exist', async () => {
		await caller({ clientAddress: '198.51.100.5' }).auth.login({
			username: 'canbo.demo',
			password
		});
		await handle.db
			.update(users)
			.set({ disabledAt: clock })
			.where(eq(users.username, 'canbo.demo'));
		await expect(
			caller({ clientAddress: '198.51.100.5' }).auth.login({ username: 'canbo.demo', password })
		).rejects.toMatchObject({ cause: { code: 'login_failed' } });
		await handle.db.update(users).set({ disabledAt: null }).where(eq(users.username, 'canbo.demo'));
	});
});

describe('login rate limits', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	let clock = new Date('2025-03-03T01:00:00Z');
	const router = createRouter({ auth: createAuthRouter({ now: () => clock }) });
	const login = (username: string, pw: string, clientAddress: string) =>
		router
			.createCaller(testContext(handle, { clientAddress }))
			.auth.login({ username, password: pw });
	const codeOf = (p: Promise<unknown>) =>
		p.then(
			() => 'ok',
			(e: TRPCError) => (e.cause as { code?: string } | undefined)?.code ?? e.code
		);

	beforeAll(async () => {
		handle = await openTestDatabase();
		await seedDemoData(handle.db, password);
	});
	afterAll(() => handle.dispose());

	it('stops guessing one account from one address after 5 failures, and no one else', async () => {
		const attacker = '203.0.113.7';
		for (let i = 0; i < 5; i++) {
			expect(await codeOf(login('tnv.demo', `doan-sai-${i}`, attacker))).toBe('login_failed');
		}
		// The sixth try is refused before the password is looked at, right or wrong.
		expect(await codeOf(login('tnv.demo', password, attacker))).toBe('rate_limited');
		const error = await login('tnv.demo', 'x', attacker).catch((e: TRPCError) => e);
		expect((error as TRPCError).code).toBe('TOO_MANY_REQUESTS');
		expect((error as TRPCError).message).toMatch(/quá nhiều lần/);

		// The volunteer at the access point still logs in: no lockout aimed at them.
		expect(await codeOf(login('tnv.demo', password, '192.0.2.10'))).toBe('ok');
		// Another account from the attacker's address is not blocked by this pair.
		expect(await codeOf(login('canbo.demo', password, attacker))).toBe('ok');

		clock = new Date(clock.getTime() + 16 * minute);
		expect(await codeOf(login('tnv.demo', password, attacker))).toBe('ok');
	});

	it('stops an address trying many accounts after 20 failures', async () => {
		const sprayer = '2001:db8:aa:bb::1';
		for (let i = 0; i < 20; i++) {
			expect(await codeOf(login(`khong.co.${i}`, 'mat-khau-bat-ky', sprayer))).toBe('login_failed');
		}
		// Same /64: the same address for the limit.
		expect(await codeOf(login('quanly.demo', password, '2001:db8:aa:bb::99'))).toBe('rate_limited');
		expect(await codeOf(login('quanly.demo', password, '2001:db8:aa:cc::1'))).toBe('ok');
	});

	it('forgets the typos of a pair once the right password comes', async () => {
		const desk = '192.0.2.20';
		for (let i = 0; i < 4; i++) await codeOf(login('quantri.demo', 'go-nham', desk));
		expect(await codeOf(login('quantri.demo', password, desk))).toBe('ok');
		for (let i = 0; i < 5; i++) {
			expect(await codeOf(login('quantri.demo', 'go-nham', desk))).toBe('login_failed');
		}
		expect(await codeOf(login('quantri.demo', password, desk))).toBe('rate_limited');
	});
});
