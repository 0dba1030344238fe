import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { openTestDatabase } from '$testing/server/database';
import { testContext } from '$testing/server/context';
import { logTrpcError } from './log';
import { appRouter } from './root';
import { createRouter, publicProcedure } from './trpc';

/** A citizen's details, which must appear in no answer and no log line. */
const secret = 'Phạm Thị Riêng 0987654321';

describe('database errors through tRPC', () => {
	let handle: Awaited<ReturnType<typeof openTestDatabase>>;
	beforeAll(async () => {
		handle = await openTestDatabase();
		await handle.db.execute(
			sql`create table trpc_test_people (id integer primary key, name text not null)`
		);
	});
	afterAll(() => handle.dispose());

	const testRouter = createRouter({
		add: publicProcedure
			.input(z.object({ id: z.number(), name: z.string() }))
			.mutation(async ({ ctx, input }) => {
				await ctx.db.execute(
					sql`insert into trpc_test_people values (${input.id}::int, ${input.name})`
				);
				return true;
			}),
		broken: publicProcedure.mutation(({ ctx }) =>
			ctx.db.execute(sql`select * from no_such_table where name = ${secret}`)
		),
		bug: publicProcedure.input(z.object({ name: z.string() })).mutation(({ input }) => {
			throw new TypeError(`cannot read ${input.name}`);
		})
	});

	/** Log lines written while the test runs. */
	function captureLog(): string[] {
		const lines: string[] = [];
		const capture = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
		const spies = [
			vi.spyOn(console, 'error').mockImplementation(capture),
			vi.spyOn(console, 'warn').mockImplementation(capture)
		];
		onTestFinished(() => spies.forEach((spy) => spy.mockRestore()));
		return lines;
	}

	/** A POST as the app's tRPC route handles it (superjson body, the route's onError). */
	async function post(router: typeof testRouter | typeof appRouter, path: string, input: unknown) {
		const response = await fetchRequestHandler({
			endpoint: '/api/trpc',
			req: new Request(`http://localhost/api/trpc/${path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ json: input })
			}),
			router,
			createContext: () => testContext(handle),
			onError: logTrpcError
		});
		const text = await response.text();
		const body = JSON.parse(text) as {
			error?: { json: { message: string; data: { appCode: string } } };
		};
		return { status: response.status, text, appCode: body.error?.json.data.appCode };
	}

	it('answers a query the input breaks with a 4xx and its code, and logs no value', async () => {
		const log = captureLog();
		expect(await post(testRouter, 'add', { id: 1, name: 'Nguyễn Văn A' })).toMatchObject({
			status: 200
		});
		const nul = await post(testRouter, 'add', { id: 2, name: `${secret}\u0000` });
		expect(nul).toMatchObject({ status: 400, appCode: 'invalid_input' });
		const duplicate = await post(testRouter, 'add', { id: 1, name: secret });
		expect(duplicate).toMatchObject({ status: 409, appCode: 'conflict' });
		const outOfRange = await post(testRouter, 'add', { id: 2 ** 40, name: secret });
		expect(outOfRange).toMatchObject({ status: 400, appCode: 'invalid_input' });
		for (const answer of [nul, duplicate, outOfRange]) {
			expect(answer.text).not.toContain('0987654321');
			expect(answer.text).not.toContain('Failed query');
		}
		expect(log).toEqual([
			'[trpc] add 400 invalid_input sqlstate=22021',
			'[trpc] add 409 conflict sqlstate=23505 constraint=trpc_test_people_pkey',
			'[trpc] add 400 invalid_input sqlstate=22003'
		]);
	});

	it('keeps a 500 for real faults, logged by class, SQLSTATE and frames only', async () => {
		const log = captureLog();
		const broken = await post(testRouter, 'broken', undefined);
		expect(broken).toMatchObject({ status: 500, appCode: 'server' });
		const bug = await post(testRouter, 'bug', { name: secret });
		expect(bug).toMatchObject({ status: 500, appCode: 'server' });
		for (const answer of [broken, bug]) expect(answer.text).not.toContain('0987654321');
		expect(log[0]).toMatch(/^\[trpc\] broken 500 server DrizzleQueryError sqlstate=42P01\n\s+at /);
		expect(log[1]).toMatch(/^\[trpc\] bug 500 server TypeError\n\s+at /);
		const all = log.join('\n');
		expect(all).not.toContain('0987654321');
		expect(all).not.toContain('Riêng');
		expect(all).not.toContain('no_such_table where');
	});

	it('refuses a NUL where the app’s procedures query with it, rather than failing', async () => {
		captureLog();
		const login = await post(appRouter, 'auth.login', {
			username: `tnv\u0000${secret}`,
			password: 'whatever-it-is'
		});
		expect(login.status).toBeGreaterThanOrEqual(400);
		expect(login.status).toBeLessThan(500);
		expect(login.text).not.toContain('0987654321');
	});
});
